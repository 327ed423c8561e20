package org.priorityatlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user adds an article through the dialog (the path a dropped file takes), sees its claims, removes it. */
class LibraryDialogTest extends AtlasAppTestBase {
    private static Path library;
    private static String previous;

    @BeforeAll
    static void useTemporaryLibrary() throws Exception {
        library = Files.createTempDirectory("atlas-library-ui");
        previous = System.getProperty("priorityatlas.library");
        System.setProperty("priorityatlas.library", library.toString());
    }

    @AfterAll
    static void restore() {
        System.setProperty("priorityatlas.library", previous == null ? "" : previous);
    }

    @Test
    void addingADocumentGrowsTheAtlasAndRemovingItShrinksIt() throws Exception {
        int before = model().atlas().claimsOf("CN-XZ").size();
        int documents = model().atlas().documents().size();
        Path file = library.resolveSibling(library.getFileName() + "-west.txt");
        Files.writeString(file, """
                title: Xizang and Qinghai bet on clean energy
                outlet: 西藏日报 Tibet Daily

                Xizang will accelerate the development of hydrogen energy and photovoltaic power during the 15th Five-Year Plan period.
                """, StandardCharsets.UTF_8);
        clickOn("#add-document");
        onFx(() -> app.libraryDialog().prepare(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !node("#library-title", TextField.class).getText().isEmpty());
        assertEquals("Xizang and Qinghai bet on clean energy", node("#library-title", TextField.class).getText());
        assertEquals("西藏日报 Tibet Daily", node("#library-outlet", TextField.class).getText());
        onFx(() -> node("#library-date", TextField.class).setText("2026-01-05"));
        clickOn("#library-add");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model().atlas().documents().size() == documents + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model().atlas().claimsOf("CN-XZ").size() > before, "Xizang gains claims");
        assertTrue(model().noticeProperty().get().startsWith("Added \u201CXizang and Qinghai"), model().noticeProperty().get());
        var user = model().atlas().documents().stream().filter(d -> d.id().startsWith("user-")).findFirst().orElseThrow();
        // The list shows the title in the bundled face, which has the Chinese outlet's glyphs.
        javafx.scene.Node dialog = lookup("#library-dialog").query();
        javafx.scene.control.Label outlet = from(dialog).lookup(
                (javafx.scene.control.Label l) -> l.getText().startsWith("西藏日报")).query();
        assertEquals(Fonts.load(), outlet.getFont().getFamily());
        assertEquals("2026-01-05", user.date());
        // What the next start-up loads: the user's document merged in, its text found for the viewer.
        AtlasResources next = AtlasResources.load(java.util.Optional.empty());
        assertTrue(next.dataset().documents().contains(user));
        assertTrue(next.documentBody(user.id()).orElseThrow().startsWith("Xizang will accelerate"));

        clickOn(node("#remove-" + user.id(), Button.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model().atlas().documents().size() == documents);
        assertEquals(before, model().atlas().claimsOf("CN-XZ").size());
    }
}
