package org.priorityatlas.ui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Evidence;
import org.priorityatlas.explore.Filter;
import org.priorityatlas.map.LabelMode;
import org.priorityatlas.map.Palette;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a policy student does: pick sectors, click regions, search, filter, read sources. */
class AtlasExploreTest extends AtlasAppTestBase {

    @Test
    void choosingASectorRecoloursTheRegionsThatHaveIt() {
        Color before = pixelAt("CN-GD");
        clickOn(sectorRow("Semiconductors"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("semiconductors", model().selectedSectorProperty().get());
        Color after = pixelAt("CN-GD");
        assertNotEquals(before, after);
        var sector = model().atlas().sector("semiconductors").orElseThrow();
        ClaimView claim = model().atlas().claim("CN-GD", "semiconductors").orElseThrow();
        assertTrue(close(after, Color.web(Palette.sectorFill(sector, claim.strength()))), "Guangdong in chip colour");
        String headline = lookup("#map-headline").queryAs(Label.class).getText();
        int regions = model().atlas().claimsFor("semiconductors").size();
        assertEquals(regions + " regions prioritise semiconductors & integrated circuits", headline);
        assertTrue(lookup("#source-panel .panel-heading").queryAll().stream()
                .anyMatch(n -> headline.equals(((Label) n).getText())), "the panel shows the sector's headline");
    }

    @Test
    void clickingGuangdongFillsThePanelWithItsSentences() {
        clickRegion("CN-GD");
        List<ClaimView> claims = model().atlas().claimsOf("CN-GD");
        assertFalse(claims.isEmpty());
        Set<String> shown = panelTexts();
        assertTrue(shown.contains("Guangdong"), "panel title");
        for (ClaimView claim : claims) {
            for (Evidence e : claim.evidence()) {
                assertTrue(shown.stream().anyMatch(t -> t.contains(e.sentence().text())),
                        "panel shows: " + e.sentence().text());
            }
        }
    }

    @Test
    void searchingInChineseSelectsGuangdong() {
        clickOn("#search").write("广东").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CN-GD", model().selectedRegionProperty().get());
    }

    @Test
    void typingShowsTheResultsUnderTheFieldAndAClickAppliesOne() {
        clickOn("#search").write("hub");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> results = lookup("#search-results").query();
        assertTrue(results.isVisible());
        int rows = results.getItems().size();
        assertTrue(rows >= 1, "sentences name hubs");
        assertTrue(results.getHeight() >= Math.min(rows, 8) * 46, "the list is as tall as its rows: " + results.getHeight());
        Label first = lookup(".hit-label").query();
        var cell = first.localToScene(first.getBoundsInLocal());
        assertTrue(results.localToScene(results.getBoundsInLocal()).contains(cell), "the first result is drawn in the list");
        assertTrue(lookup("#search-results .scroll-bar:horizontal").queryAll().stream().noneMatch(Node::isVisible),
                "long results are cut short, not scrolled sideways");
        clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(results.isVisible(), "applying a result closes the list");
        assertTrue(model().selectedRegionProperty().get() != null || model().selectedSectorProperty().get() != null,
                "the result's region or sector is shown");
    }

    @Test
    void searchingASectorInEnglishSelectsIt() {
        clickOn("#search").write("robot").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("robotics", model().selectedSectorProperty().get());
    }

    @Test
    void pageKeysStepThroughRegionsAndEscapeClears() {
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.PAGE_DOWN);
        assertEquals("CN-BJ", model().selectedRegionProperty().get());
        type(KeyCode.PAGE_DOWN);
        assertEquals("CN-TJ", model().selectedRegionProperty().get());
        type(KeyCode.PAGE_UP);
        assertEquals("CN-BJ", model().selectedRegionProperty().get());
        type(KeyCode.ESCAPE);
        assertNull(model().selectedRegionProperty().get());
    }

    @Test
    void bracketKeysStepThroughSectorsInConvergenceOrder() {
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.CLOSE_BRACKET);
        String first = model().atlas().convergence().get(0).sector().id();
        assertEquals(first, model().selectedSectorProperty().get());
    }

    @Test
    void periodFilterRemovesClaimsOnlyIn2025WorkReports() {
        List<String> only2025 = claimsOnlyIn("2025-work-report");
        assertFalse(only2025.isEmpty(), "the seeds have claims only in the 2025 reports");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> period = lookup("#period").queryAs(ChoiceBox.class);
        onFx(() -> period.setValue("15th-fyp"));
        assertEquals("15th-fyp", model().atlas().filter().period());
        for (String key : only2025) {
            String[] rs = key.split("/");
            assertTrue(model().atlas().claim(rs[0], rs[1]).isEmpty(), key + " is gone under the 15th-plan filter");
        }
    }

    @Test
    void documentFilterKeepsOnlyTheCheckedDocuments() {
        int all = model().atlas().documents().size();
        var dropped = model().atlas().documents().get(0);
        clickOn("#documents-filter");
        clickOn(dropped.citation() + " \u2014 " + dropped.shortTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all - 1, model().atlas().documents().size());
        assertTrue(model().atlas().regions().stream().flatMap(r -> model().atlas().claimsOf(r.id()).stream())
                .flatMap(c -> c.evidence().stream()).noneMatch(e -> e.document().id().equals(dropped.id())));
        // The menu stays open: a second document is unchecked in the same visit, and by keyboard a third.
        var second = model().atlas().documents().get(0);
        clickOn(second.citation() + " \u2014 " + second.shortTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all - 2, model().atlas().documents().size());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all - 3, model().atlas().documents().size(), "Enter on the next item unchecks it");
        assertEquals("Documents " + (all - 3) + "/" + all, lookup("#documents-filter").queryAs(javafx.scene.control.MenuButton.class).getText());
    }

    @Test
    void openDocumentShowsTheWholeTextWithTheSentenceHighlighted() {
        clickRegion("CN-GD");
        Evidence first = model().atlas().claimsOf("CN-GD").get(0).evidence().get(0);
        clickOn(lookup("Open document").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        Stage viewer = (Stage) Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .reduce((a, b) -> b).orElseThrow();
        Text highlighted = (Text) viewer.getScene().lookup("#highlighted-sentence");
        assertEquals(first.sentence().text(), highlighted.getText());
        assertTrue(viewer.getTitle().startsWith(first.document().shortTitle()));
        onFx(viewer::close);
    }

    @Test
    void copyPutsTheSentenceAndCitationOnTheClipboard() {
        clickRegion("CN-GD");
        Evidence first = model().atlas().claimsOf("CN-GD").get(0).evidence().get(0);
        clickOn(lookup("Copy with citation").queryButton());
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertEquals(first.quotation(), copied);
        assertTrue(copied.contains(first.document().outlet()));
    }

    @Test
    void chineseLabelsRenderRegionNamesInChinese() {
        clickOn("#labels-chinese");
        assertEquals(LabelMode.CHINESE, model().labelModeProperty().get());
        Set<String> labels = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> shownLabelTexts().stream().map(Text::getText).collect(Collectors.toSet())));
        assertTrue(labels.stream().anyMatch(t -> t.startsWith("广东")), "labels: " + labels);
    }

    @Test
    void nationalStatementsAreReachableFromThePanel() {
        clickOn("#show-national");
        assertEquals(AtlasViewModel.PanelTopic.NATIONAL, model().panelTopicProperty().get());
        assertTrue(panelTexts().contains("China (national level)"));
    }

    @Test
    void hoveringARegionShowsItsNameAndTopSectors() {
        moveTo(screenPointOf("CN-SC"));
        WaitForAsyncUtils.waitForFxEvents();
        Label tooltip = lookup(".map-tooltip").queryAs(Label.class);
        assertTrue(tooltip.isVisible());
        assertTrue(tooltip.getText().startsWith("Sichuan  四川省"), tooltip.getText());
    }

    private List<String> claimsOnlyIn(String period) {
        var all = model().atlas();
        var other = all.withFilter(Filter.ALL.withPeriod("15th-fyp"));
        return all.regions().stream().flatMap(r -> all.claimsOf(r.id()).stream())
                .filter(c -> c.evidence().stream().allMatch(e -> period.equals(e.document().period())))
                .filter(c -> other.claim(c.region().id(), c.sector().id()).isEmpty())
                .map(c -> c.region().id() + "/" + c.sector().id()).toList();
    }

    private javafx.scene.Node sectorRow(String startsWith) {
        return lookup(".sector-name").queryAll().stream()
                .filter(n -> ((Label) n).getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    private Set<String> panelTexts() {
        settle();
        Set<String> texts = lookup("#source-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        lookup("#source-panel .evidence-text").queryAll().forEach(n -> texts.add(
                ((javafx.scene.text.TextFlow) n).getChildren().stream().map(t -> ((Text) t).getText())
                        .collect(Collectors.joining())));
        return texts;
    }
}
