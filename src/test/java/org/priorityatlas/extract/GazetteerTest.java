package org.priorityatlas.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GazetteerTest {
    /** Expected: "kind:REGION[+REGION]" per mention, space-separated; empty for none. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Shanxi and Shaanxi differ.; name:CN-SX name:CN-SN",
            "Jilin Province and Jilin City; name:CN-JL city:CN-JL",
            "Inner Mongolia Autonomous Region; name:CN-NM",
            "Guangxi Zhuang Autonomous Region; name:CN-GX",
            "Xizang, also called Tibet; name:CN-XZ name:CN-XZ",
            "Hong Kong SAR and Macau and Macao; name:CN-HK name:CN-MO name:CN-MO",
            "Wuhan, Ningbo, Hefei, Ordos; city:CN-HB city:CN-ZJ city:CN-AH city:CN-NM",
            "Xi'an and Chengdu; city:CN-SN city:CN-SC",
            "the Yangtze River Delta; grouping:CN-SH+CN-JS+CN-ZJ+CN-AH",
            "the Greater Bay Area; grouping:CN-GD+CN-HK+CN-MO",
            "Beijing-Tianjin-Hebei; grouping:CN-BJ+CN-TJ+CN-HE",
            "Chengdu-Chongqing economic circle; grouping:CN-SC+CN-CQ",
            "广东省和深圳; name:CN-GD city:CN-SZ",
            "内蒙古、广西、西藏、新疆、宁夏; name:CN-NM name:CN-GX name:CN-XZ name:CN-XJ name:CN-NX",
            "长三角与粤港澳大湾区; grouping:CN-SH+CN-JS+CN-ZJ+CN-AH grouping:CN-GD+CN-HK+CN-MO",
            "Beijingers and ShanghaiTech; ''",
            "a hainan chicken; ''",
    })
    void finds(String text, String expected) {
        String got = Gazetteer.load().find(text).stream()
                .map(m -> m.place().kind() + ":" + String.join("+", m.place().regions()))
                .collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected.replace("CN-SZ", "CN-GD"), got);
    }
}
