package org.priorityatlas.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private static SourceDocument parse(String name, String text) throws DocumentRejectedException {
        return DocumentReader.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerEndsAtFirstBlankLineAndBodyIsVerbatim() throws Exception {
        SourceDocument d = parse("a.txt", "\uFEFFtitle: T\noutlet: CGTN\nauthor: X\n\nBusiness\nBody.\n");
        assertEquals("T", d.title());
        assertEquals("CGTN", d.outlet());
        assertEquals("Business\nBody.\n", d.body());
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).contains("author"));
    }

    @Test
    void bodyOpeningWithAWordIsNoHeader() throws Exception {
        SourceDocument d = parse("b.txt", "Business\n2025.12.29\n\nChina plans the 15th Five-Year Plan.\n");
        assertTrue(d.body().startsWith("Business"));
        assertEquals("Business", d.title());
        assertEquals("unknown", d.outlet());
        assertEquals("undated", d.date());
        assertEquals("15th-fyp", d.period());
        assertNull(d.url());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "The 2025 government work report says.; 2025-work-report",
            "Plans for 2026-2030 are out.; 15th-fyp",
            "Nothing here.; unspecified",
    })
    void infersPeriod(String body, String period) throws Exception {
        assertEquals(period, parse("c.txt", body).period());
    }

    @Test
    void rejectsBadInput() {
        assertTrue(reason(new byte[0]).contains("empty"));
        assertTrue(reason(new byte[] {'a', 0, 'b', 0}).contains("binary"));
        assertTrue(reason(new byte[] {'a', (byte) 0xC3, '(', 'b'}).contains("UTF-8"));
        assertTrue(reason(new byte[] {1, 2, 3, 4, 5, 'a'}).contains("binary"));
    }

    private static String reason(byte[] bytes) {
        return assertThrows(DocumentRejectedException.class, () -> DocumentReader.parse("x.txt", bytes)).getMessage();
    }

    @Test
    void readsHtmlWithoutScriptsAndWithMetadata() throws Exception {
        SourceDocument d = parse("p.html", "<html><head><title>Head</title><meta property=\"og:site_name\" content=\"Out\">"
                + "<meta property=\"article:published_time\" content=\"2025-11-03T08:00:00Z\"><script>var s='x';</script>"
                + "</head><body><p>One.</p><p>Two <b>bold</b>.</p></body></html>");
        assertEquals("Head", d.title());
        assertEquals("Out", d.outlet());
        assertEquals("2025-11-03", d.date());
        assertEquals("p", d.id());
        assertEquals("One.\n\nTwo bold.\n", d.body());
    }
}
