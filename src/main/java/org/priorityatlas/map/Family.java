package org.priorityatlas.map;

import java.util.Arrays;
import java.util.Optional;

/** The six sector families of the taxonomy, each one Okabe-Ito hue. */
public enum Family {
    TECH("tech", "#0072B2", "Chips, AI & digital", "芯片、人工智能与数字"),
    INDUSTRY("industry", "#D55E00", "Robots, manufacturing & materials", "机器人、制造与材料"),
    MOBILITY("mobility", "#CC79A7", "Vehicles, aviation & transport", "汽车、航空与交通"),
    ENERGY("energy", "#009E73", "Energy & critical resources", "能源与战略资源"),
    LIFE("life", "#E69F00", "Biotech & agriculture", "生物与农业"),
    SERVICES("services", "#56B4E9", "Finance, services & marine", "金融、服务与海洋");

    private final String id;
    private final String color;
    private final String english;
    private final String chinese;

    Family(String id, String color, String english, String chinese) {
        this.id = id;
        this.color = color;
        this.english = english;
        this.chinese = chinese;
    }

    public static Optional<Family> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public String color() {
        return color;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
