package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An HTML page keeps its text and metadata and loses scripts, styles and markup. Nothing is run or
 * fetched: the page names hosts that do not resolve, and jsoup only ever sees a string.
 */
class HtmlImportTest {
    @TempDir
    Path tmp;

    @Test
    void htmlKeepsTheTextAndDropsEverythingActive() throws Exception {
        String html = """
                <!DOCTYPE html><html><head>
                <title>Tab title</title>
                <meta property="og:title" content="Hainan bets on the sea">
                <meta property="og:site_name" content="Island Herald">
                <meta property="article:published_time" content="2026-03-04T08:00:00+08:00">
                <style>body { background: url(http://tracker.invalid/bg.png) } .secret { color: red }</style>
                <script>fetch('http://tracker.invalid/ping'); document.write('INJECTED');</script>
                <link rel="stylesheet" href="http://tracker.invalid/site.css">
                </head><body>
                <img src="http://tracker.invalid/pixel.gif" alt="">
                <iframe src="http://tracker.invalid/frame.html">FRAME TEXT</iframe>
                <h1>Hainan bets on the sea</h1>
                <p>Hainan will accelerate the development of the <b>marine economy</b> and commercial aerospace.</p>
                <p onclick="alert('x')">Guangdong plans to expand artificial intelligence applications.</p>
                <script type="module">import('http://tracker.invalid/m.js')</script>
                <noscript>Enable JavaScript</noscript>
                </body></html>
                """;
        Path file = Articles.write(tmp, "hainan.html", html);
        Library.Added added = new Library(tmp.resolve("lib"), LibraryTest.BUNDLED).add(file, Overrides.NONE);
        assertEquals("Hainan bets on the sea", added.entry().title());
        assertEquals("Island Herald", added.entry().outlet());
        assertEquals("2026-03-04", added.entry().date());
        assertTrue(added.entry().file().endsWith(".txt"), "stored as text");
        String stored = Files.readString(tmp.resolve("lib/documents").resolve(added.entry().file()));
        assertTrue(stored.contains("Hainan will accelerate the development of the marine economy and commercial aerospace."),
                stored);
        for (String gone : new String[]{"<", "tracker.invalid", "INJECTED", "fetch(", "secret", "FRAME TEXT",
                "alert", "Enable JavaScript", "import("}) {
            assertFalse(stored.contains(gone), "left in the copy: " + gone + "\n" + stored);
        }
        assertTrue(added.stats().claims() > 0, "the text still yields claims");
    }
}
