package org.priorityatlas.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled face sets English and Chinese alike. */
class FontsTest {
    private static final double SIZE = 20;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        ready.await(30, TimeUnit.SECONDS);
    }

    @Test
    void anApostropheInEnglishTakesNoMoreRoomThanALetter() throws Exception {
        String family = onFx(Fonts::load);
        assertNotEquals(Fonts.FALLBACK_FAMILY, family, "the bundled face loads");
        // Noto Sans CJK SC draws curly quotes a full em wide by default: "China’s" read as "China’ s".
        double apostrophe = onFx(() -> width(family, "China’s") - width(family, "Chinas"));
        double letter = onFx(() -> width(family, "s"));
        assertTrue(apostrophe < letter, "’ is " + apostrophe + " px wide, an s " + letter + " px");
        double quotes = onFx(() -> width(family, "“AI”") - width(family, "AI"));
        assertTrue(quotes < SIZE, "two double quotes take " + quotes + " px at " + SIZE + " px type");
        double han = onFx(() -> width(family, "广东"));
        assertTrue(han > 1.8 * SIZE, "Chinese still sets a full em per character: " + han + " px");
    }

    private static double width(String family, String text) {
        Text node = new Text(text);
        node.setFont(Font.font(family, SIZE));
        return node.getLayoutBounds().getWidth();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
