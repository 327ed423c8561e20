package org.priorityatlas.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SectorLexiconTest {
    /** Expected: "sector=term" per match, separated by " | "; empty for none. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "new energy vehicles and new energy; nev=new energy vehicles | clean-energy=new energy",
            "New-energy vehicle makers; nev=New-energy vehicle",
            "AI plus plans and AI+ and AI; ai=AI plus | ai=AI+ | ai=AI",
            "said the aide, AIDS is not ai; ''",
            "chips, chipmaking and microchips; semiconductors=chips | semiconductors=chipmaking",
            "blue chip stocks; ''",
            "integrated circuits and IC projects; semiconductors=integrated circuits | semiconductors=IC",
            "big data and data; digital=big data",
            "new materials, not materials; new-materials=new materials",
            "low-altitude economy, drones, eVTOL; low-altitude=low-altitude economy | low-altitude=drones | low-altitude=eVTOL",
            "brain-computer interfaceswhile fusion; frontier=brain-computer interfaces",
            "新能源汽车和新能源; nev=新能源汽车 | clean-energy=新能源",
            "集成电路、芯片、人工智能、机器人、稀土、低空经济; semiconductors=集成电路 | semiconductors=芯片 | ai=人工智能 | robotics=机器人 | critical-resources=稀土 | low-altitude=低空经济",
            "large language models (LLMs); ai=large language models | ai=LLMs",
            "smart and connected vehicles; nev=smart and connected vehicles",
    })
    void finds(String text, String expected) {
        String got = SectorLexicon.load().find(text).stream()
                .map(t -> t.sector() + "=" + t.text()).collect(Collectors.joining(" | "));
        assertEquals(expected == null ? "" : expected, got);
    }
}
