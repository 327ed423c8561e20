package org.priorityatlas.ui;

import org.priorityatlas.map.LabelMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The view to open with, from the command line: {@code --region CN-GD --sector ai --period 15th-fyp
 * --labels zh|en|both --fullscreen --present --dataset FILE}. Teachers keep these as shortcuts; {@code --dataset} opens a
 * dataset made with {@code build} instead of the bundled one. Unknown words are reported and ignored.
 */
public record StartOptions(Optional<String> region, Optional<String> sector, Optional<String> period,
                           Optional<LabelMode> labels, boolean fullScreen, boolean present,
                           Optional<Path> dataset, List<String> problems) {

    public static StartOptions parse(List<String> args) {
        String region = null;
        String sector = null;
        String period = null;
        LabelMode labels = null;
        boolean fullScreen = false;
        boolean present = false;
        Path dataset = null;
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--region" -> region = value == null ? null : value.toUpperCase(Locale.ROOT);
                case "--sector" -> sector = value;
                case "--period" -> period = value;
                case "--labels" -> labels = labelMode(value, problems);
                case "--fullscreen" -> fullScreen = true;
                case "--present" -> present = true;
                case "--dataset" -> dataset = value == null ? null : Path.of(value);
                default -> {
                    problems.add("unknown option " + arg);
                    continue;
                }
            }
            if (!"--fullscreen".equals(arg) && !"--present".equals(arg)) {
                if (value == null) {
                    problems.add(arg + " needs a value");
                }
                i++;
            }
        }
        return new StartOptions(Optional.ofNullable(region), Optional.ofNullable(sector), Optional.ofNullable(period),
                Optional.ofNullable(labels), fullScreen, present, Optional.ofNullable(dataset),
                List.copyOf(problems));
    }

    private static LabelMode labelMode(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "en", "english" -> LabelMode.ENGLISH;
            case "zh", "chinese", "中文" -> LabelMode.CHINESE;
            case "both" -> LabelMode.BOTH;
            default -> {
                problems.add("--labels takes en, zh or both, not " + value);
                yield null;
            }
        };
    }

    /** True when the command line chose any part of the view (then the saved view is not restored). */
    public boolean choosesView() {
        return region.isPresent() || sector.isPresent() || period.isPresent();
    }
}
