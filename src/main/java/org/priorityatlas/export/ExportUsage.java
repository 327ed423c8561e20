package org.priorityatlas.export;

/** {@code export --help}. */
final class ExportUsage {
    static final String TEXT = """
            Usage: java -jar priority-atlas.jar export [--sector ID] [--period P] [--region ID]
                   [--format png|svg] [--width W --height H] [--title T] [--labels en|zh|both]
                   [--transparent] --out FILE

            Saves the atlas's map as a figure for slides and briefs: title, headline, map, key, sources,
            boundary note and date. Runs without a display or network.

              --sector ID     colour the regions that prioritise this sector (default: the overview)
              --period P      only documents of this period, e.g. 15th-fyp (default: all)
              --region ID     outline one region, e.g. CN-GD
              --format F      png or svg (default: from the file name's extension)
              --width W       pixels, 320 to 8192 (default 1600; 3840 with --height 2160 for 4K)
              --height H      pixels, 320 to 8192 (default 900)
              --title T       the figure's title (default: from the sector and period)
              --labels L      region names in en, zh or both (default en)
              --transparent   no background or sea (PNG with alpha; SVG without the paper)
              --out FILE      where to write; the directory must exist
            """;

    private ExportUsage() {
    }
}
