package org.priorityatlas.ui;

import org.priorityatlas.explore.Filter;

/** Readable names for document periods. */
public final class PeriodNames {
    private PeriodNames() {
    }

    public static String of(String period) {
        if (period == null) {
            return "";
        }
        return switch (period) {
            case Filter.ALL_PERIODS -> "All periods";
            case "15th-fyp" -> "15th Five-Year Plan proposals (2026\u20132030)";
            case "2025-work-report" -> "2025 government work reports";
            case "unspecified" -> "Period not stated";
            default -> period;
        };
    }

    /** The name in the toolbar's period choice, where space is short. */
    static String shortOf(String period) {
        if (period == null) {
            return "";
        }
        return switch (period) {
            case "15th-fyp" -> "15th Plan proposals";
            case "2025-work-report" -> "2025 work reports";
            default -> of(period);
        };
    }
}
