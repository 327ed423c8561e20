package org.priorityatlas.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorityatlas.testing.Fx;

/** The bundled face sets English and Chinese alike. */
class FontsTest {
    private static final double SIZE = 20;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        Fx.start();
    }

    @Test
    void anApostropheInEnglishTakesNoMoreRoomThanALetter() throws Exception {
        String family = Fx.call(Fonts::load);
        assertNotEquals(Fonts.FALLBACK_FAMILY, family, "the bundled face loads");
        // Noto Sans CJK SC draws curly quotes a full em wide by default: "China’s" read as "China’ s".
        double apostrophe = Fx.call(() -> width(family, "China’s") - width(family, "Chinas"));
        double letter = Fx.call(() -> width(family, "s"));
        assertTrue(apostrophe < letter, "’ is " + apostrophe + " px wide, an s " + letter + " px");
        double quotes = Fx.call(() -> width(family, "“AI”") - width(family, "AI"));
        assertTrue(quotes < SIZE, "two double quotes take " + quotes + " px at " + SIZE + " px type");
        double han = Fx.call(() -> width(family, "广东"));
        assertTrue(han > 1.8 * SIZE, "Chinese still sets a full em per character: " + han + " px");
    }

    private static double width(String family, String text) {
        Text node = new Text(text);
        node.setFont(Font.font(family, SIZE));
        return node.getLayoutBounds().getWidth();
    }
}
