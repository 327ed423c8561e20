package org.priorityatlas.export;

import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.explore.Filter;
import org.priorityatlas.ui.PeriodNames;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of a figure besides the legend: default title, sources, boundary note, date line. */
public final class FigureText {
    public static final String BOUNDARY_NOTE = "Boundaries: Natural Earth (public domain), de facto lines. "
            + "Taiwan is shown because the PRC lists it as a province; this implies no position on its status.";

    private FigureText() {
    }

    /**
     * "Regions prioritising semiconductors &amp; integrated circuits — 15th Five-Year Plan proposals
     * (2026–2030)", or "Priority sectors by region — all periods" for the overview.
     */
    public static String defaultTitle(Optional<Sector> sector, String period) {
        String when = Filter.ALL_PERIODS.equals(period) || period == null ? "all periods" : PeriodNames.of(period);
        return sector.map(s -> "Regions prioritising " + s.name().en().toLowerCase(Locale.ROOT))
                .orElse("Priority sectors by region") + " \u2014 " + when;
    }

    /**
     * The documents behind the colours, grouped by outlet so a long list stays one or two lines:
     * "Sources: CGTN (2025-12-29, 2026-01-05); Xinhua (2025-01-27)".
     */
    public static String sources(List<DocumentInfo> documents) {
        if (documents.isEmpty()) {
            return "Sources: none \u2014 no documents in view, so every region shows \u201Cno data\u201D.";
        }
        Map<String, Set<String>> datesByOutlet = new LinkedHashMap<>();
        for (DocumentInfo d : documents) {
            // Titles can run to a paragraph, so an unknown outlet is said plainly rather than replaced by one.
            String source = "unknown".equals(d.outlet()) ? "outlet not stated" : d.outlet();
            Set<String> dates = datesByOutlet.computeIfAbsent(source, k -> new LinkedHashSet<>());
            if (!"undated".equals(d.date())) {
                dates.add(d.date());
            }
        }
        String list = datesByOutlet.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey()
                        : e.getKey() + " (" + e.getValue().stream().sorted().collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        return "Sources: " + Counted.of(documents.size(), "document") + " \u2014 " + list + ".";
    }

    public static String dateLine(LocalDate date) {
        return "Priority Atlas \u00B7 exported " + date;
    }
}
