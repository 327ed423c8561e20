package org.priorityatlas.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSegmenterTest {
    /** Sentences are joined with " | " in the expectation; \n in the input is a line break. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "It opened on Dec. 12 in Ningbo. Output rose.; It opened on Dec. 12 in Ningbo. | Output rose.",
            "Growth was 3.5 percent. Exports fell.; Growth was 3.5 percent. | Exports fell.",
            "Ties with the U.S. matter, e.g. chips. Next.; Ties with the U.S. matter, e.g. chips. | Next.",
            "Mr. Li and J. Smith met at No. 5 St. Road. Done.; Mr. Li and J. Smith met at No. 5 St. Road. | Done.",
            "He said \"we will.\" Then he left.; He said \"we will.\" | Then he left.",
            "It grew (by a lot.) Then stopped.; It grew (by a lot.) | Then stopped.",
            "Headline without stop\\n\\nBody starts here.; Headline without stop | Body starts here.",
            "Caption line\\nNext paragraph.; Caption line | Next paragraph.",
            "A wrapped line\\ncontinues here.; A wrapped line\\ncontinues here.",
            "广东提出发展人工智能。浙江将发展低空经济！真的吗？; 广东提出发展人工智能。 | 浙江将发展低空经济！ | 真的吗？",
            "他说：“要加快发展。”随后离开；会议结束。; 他说：“要加快发展。” | 随后离开； | 会议结束。",
    })
    void splits(String input, String expected) {
        String body = input.replace("\\n", "\n");
        List<String> sentences = SentenceSegmenter.split(body).stream()
                .map(s -> body.substring(s.start(), s.end())).toList();
        assertEquals(expected.replace("\\n", "\n"), String.join(" | ", sentences));
    }
}
