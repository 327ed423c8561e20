package org.priorityatlas.library.cli;

import org.priorityatlas.cli.CommandException;
import org.priorityatlas.cli.Options;
import org.priorityatlas.cli.UsageException;
import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.explore.Evidence;
import org.priorityatlas.explore.SearchHit;
import org.priorityatlas.explore.SearchIndex;
import org.priorityatlas.library.DatasetMerger;
import org.priorityatlas.library.LibrarySnapshot;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code show REGION|SECTOR}: the claims of a region or a sector with every supporting sentence and its
 * citation, as plain text for scripts and screen readers. Uses the bundled documents and the user's.
 */
public final class ShowCommand extends LibraryCommand {
    @Override
    public String name() {
        return "show";
    }

    @Override
    public String summary() {
        return "print a region's or sector's claims with their sources: show CN-GD | guangdong | ai";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (options.positional().isEmpty()) {
            throw new UsageException("expected a region or sector, e.g. show CN-GD, show guangdong, show ai");
        }
        String query = String.join(" ", options.positional());
        LibrarySnapshot snapshot = loadLibrary(err);
        AtlasIndex atlas = AtlasIndex.of(DatasetMerger.merge(bundled(), snapshot.dataset()));
        Set<String> userDocuments = Set.copyOf(snapshot.entries().stream().map(e -> e.id()).toList());
        Optional<Region> region = atlas.dataset().regions().stream()
                .filter(r -> matches(query, r.id(), r.name())).findFirst();
        Optional<Sector> sector = atlas.sectors().stream().filter(s -> matches(query, s.id(), s.name())).findFirst();
        if (region.isEmpty() && sector.isEmpty()) {
            // As the window's search box would: 半导体, "semiconductor", pinyin or part of a name.
            Optional<SearchHit> hit = new SearchIndex(atlas).search(query).stream()
                    .filter(h -> h.kind() != SearchHit.Kind.SENTENCE).findFirst();
            region = hit.filter(h -> h.kind() == SearchHit.Kind.REGION).flatMap(h -> atlas.region(h.regionId()));
            sector = hit.filter(h -> h.kind() == SearchHit.Kind.SECTOR).flatMap(h -> atlas.sector(h.sectorId()));
        }
        if (region.isPresent()) {
            List<ClaimView> claims = atlas.claimsOf(region.get().id());
            out.printf("%s (%s): %s%n", names(region.get().name()), region.get().id(),
                    Counted.of(claims.size(), "priority sector"));
            claims.forEach(c -> printClaim(names(c.sector().name()) + " (" + c.sector().id() + ")", c, userDocuments, out));
            return 0;
        }
        Sector found = sector.orElseThrow(() -> new CommandException("no region or sector called '" + query
                + "' (try a region id such as CN-GD, a name such as guangdong, or a sector id such as ai)"));
        List<ClaimView> claims = atlas.claimsFor(found.id());
        out.printf("%s (%s): prioritised by %s%n", names(found.name()), found.id(), Counted.of(claims.size(), "region"));
        claims.forEach(c -> printClaim(names(c.region().name()) + " (" + c.region().id() + ")", c, userDocuments, out));
        return 0;
    }

    private static void printClaim(String heading, ClaimView claim, Set<String> userDocuments, PrintStream out) {
        out.println();
        out.printf("%s: %s from %s%n", heading, Counted.of(claim.evidence().size(), "sentence"),
                Counted.of(claim.documentCount(), "document"));
        for (Evidence e : claim.evidence()) {
            String mine = userDocuments.contains(e.document().id()) ? ", your document" : "";
            out.printf("  \"%s\"%n    (%s, %s%s)%n", oneLine(e.sentence().text()), e.document().citation(),
                    e.document().shortTitle(), mine);
        }
    }

    /**
     * Ids, English and Chinese names match ignoring case, spaces and hyphens; so do the parts of a name
     * such as "Xizang (Tibet)", an English name without "province" and a Chinese one without 省, 市 or 自治区.
     */
    private static boolean matches(String query, String id, LocalizedName name) {
        String q = normal(query).replaceFirst("province$", "");
        if (q.isEmpty()) {
            return false;
        }
        String en = name.en() == null ? "" : name.en();
        String zh = normal(name.zh());
        String shortZh = normal(name.shortZh());
        return Stream.of(id, en, en.replaceAll("\\(.*\\)", ""), en.replaceAll(".*\\((.*)\\).*", "$1"))
                .map(ShowCommand::normal).anyMatch(q::equals)
                || q.equals(zh) || q.equals(shortZh);
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-'’.]+", "");
    }

    private static String names(LocalizedName name) {
        return name.zh() == null || name.zh().isBlank() ? name.en() : name.en() + " " + name.zh();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
