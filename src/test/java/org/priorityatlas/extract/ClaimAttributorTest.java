package org.priorityatlas.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.priorityatlas.dataset.Sentence;

import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimAttributorTest {
    private final ClaimAttributor attributor = new ClaimAttributor(Gazetteer.load(), SectorLexicon.load());

    /** Expected: sorted "REGION/sector/via[/past]" items separated by spaces. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Shanghai, Guangdong, Zhejiang and Liaoning proposed to boost the semiconductor industry.; CN-GD/semiconductors/name CN-LN/semiconductors/name CN-SH/semiconductors/name CN-ZJ/semiconductors/name",
            "Beijing targets AI, while Guangdong focuses on drones.; CN-BJ/ai/name CN-GD/low-altitude/name",
            "Hubei will build chip plants. The province also pledged to expand robotics.; CN-HB/robotics/carried CN-HB/semiconductors/name",
            "Beijing has set national targets for computing power.; CN/ai/national",
            "A researcher in Beijing said Hubei plans drones.; CN-HB/low-altitude/name",
            "Many provinces are prioritising semiconductors.; CN/semiconductors/national",
            "The Pearl River Delta will expand biomedicine.; CN-GD/biotech/grouping",
            "Inner Mongolia has become the largest rare earth base.; CN-NM/critical-resources/name/past",
            "Shenzhen aims to lead in AI.; CN-GD/ai/city",
            "Artificial intelligence is another area of interest.; ''",
            "BEIJING -- Sichuan will develop hydrogen.; CN-SC/clean-energy/name",
            "Headquartered in Shenzhen, the firm will make chips for Anhui.; CN-AH/semiconductors/name",
            "广东将加快发展人工智能，浙江重点发展低空经济。; CN-GD/ai/name CN-ZJ/low-altitude/name",
            "湖北提出发展芯片。该省还将发展商业航天。; CN-HB/aerospace/carried CN-HB/semiconductors/name",
            "全国将统筹布局算力。; CN/ai/national",
            "Shanghai (which recently opened a humanoid robot centre) and Guangdong will boost chips.; CN-GD/semiconductors/name CN-SH/robotics/name/past CN-SH/semiconductors/name",
    })
    void attributes(String body, String expected) {
        List<SentenceSegmenter.Span> spans = SentenceSegmenter.split(body);
        List<String> kinds = Collections.nCopies(spans.size(), Sentence.BODY);
        String got = attributor.attribute(body, spans, kinds).stream()
                .map(a -> a.region() + "/" + a.sector() + "/" + a.via() + (a.past() ? "/past" : ""))
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Workers test cars in Ningbo, Zhejiang Province. /VCG; caption",
            "This photo taken on Feb 1, 2024 shows a NEV line in Hefei. [Photo/Xinhua]; caption",
            "Xinhua | Updated: 2025-01-27 17:28; boilerplate",
            "Global EditionASIA 中文双语Français; boilerplate",
            "Home / Business / Policies; boilerplate",
            "Share - WeChat; boilerplate",
            "04:30; boilerplate",
            "Copyright 1995 - . All rights reserved.; boilerplate",
            "Green energy, green growth; body",
            "Hubei will expand drones.; body",
    })
    void classifies(String line, String kind) {
        assertEquals(kind, SentenceClassifier.classify(SentenceClassifier.lineKind(line), line));
    }
}
