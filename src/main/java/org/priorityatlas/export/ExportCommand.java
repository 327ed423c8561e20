package org.priorityatlas.export;

import org.priorityatlas.cli.Command;
import org.priorityatlas.cli.CommandException;
import org.priorityatlas.cli.Options;
import org.priorityatlas.cli.UsageException;
import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.Filter;
import org.priorityatlas.map.LabelMode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * {@code export}: the atlas's figure as PNG or SVG from the command line, with no display and no network.
 * Same figure code as the window's Export dialog; every mistake is one line and a non-zero exit, and no
 * partial file is left behind (see {@link TargetFile}).
 */
public final class ExportCommand implements Command {
    private static final Set<String> VALUED = Set.of("sector", "period", "region", "format", "width", "height",
            "title", "labels", "out");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "save a map figure as PNG or SVG (--sector ID --out FILE; --help for options)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options o = Options.parse(args, VALUED, Set.of("transparent", "help"));
        if (o.flag("help")) {
            out.print(ExportUsage.TEXT);
            return 0;
        }
        if (!o.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
        }
        Path target = Path.of(o.required("out"));
        ExportFormat format = format(o, target);
        int[] size = size(o);
        LabelMode labels = labels(o.value("labels").orElse("en"));
        check(() -> TargetFile.check(target));
        // Three independent loads run at once; together they are most of a run's time on two cores.
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "export-loader");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<HeadlessFx.Session> fx = CompletableFuture.supplyAsync(ExportCommand::startFx, loaders);
        CompletableFuture<FigureAssets> assets = CompletableFuture.supplyAsync(FigureAssets::bundled, loaders);
        loaders.shutdown();
        try {
            export(o, target, format, size, labels, fx, assets);
        } finally {
            stopFx(fx);
        }
        out.println("wrote " + target + " (" + format.extension().toUpperCase(java.util.Locale.ROOT) + ", "
                + size[0] + "\u00D7" + size[1] + ")");
        return 0;
    }

    private static void export(Options o, Path target, ExportFormat format, int[] size, LabelMode labels,
                               CompletableFuture<HeadlessFx.Session> fx, CompletableFuture<FigureAssets> assets)
            throws CommandException {
        AtlasIndex all = loadAtlas();
        String period = o.value("period").orElse(Filter.ALL_PERIODS);
        if (!Filter.ALL_PERIODS.equals(period) && !all.periods().contains(period)) {
            throw new UsageException("unknown period '" + period + "'; known: all, " + String.join(", ", all.periods()));
        }
        AtlasIndex atlas = all.withFilter(all.filter().withPeriod(period));
        Optional<Sector> sector = sector(atlas, o.value("sector"));
        String region = region(atlas, o.value("region"));
        String title = o.value("title").orElse(FigureText.defaultTitle(sector, period));
        FigureSpec spec = new FigureSpec(title, size[0], size[1], o.flag("transparent"), labels, region, LocalDate.now());
        FigureAssets geometry = await(assets, "the bundled geodata could not be read");
        String family = await(fx, "JavaFX could not start").fontFamily();
        check(() -> Exporter.export(new FigureRequest(geometry, atlas, sector, spec, family), format, target));
    }

    /**
     * Stops JavaFX, waiting for it to finish starting if a mistake was found first (an unknown sector is
     * found while it starts): a JVM that exits while the toolkit starts leaves JavaFX's shutdown hook a
     * half-made toolkit, which printed a stack trace under the one-line message.
     */
    private static void stopFx(CompletableFuture<HeadlessFx.Session> fx) {
        try {
            fx.thenAccept(HeadlessFx.Session::close).join();
        } catch (CompletionException | CancellationException e) {
            // It did not start: nothing to stop (a failed start is reported where the export awaits it).
        }
    }

    private static ExportFormat format(Options o, Path target) throws UsageException {
        Optional<String> asked = o.value("format");
        if (asked.isPresent()) {
            return ExportFormat.of(asked.get())
                    .orElseThrow(() -> new UsageException("--format must be png or svg, not '" + asked.get() + "'"));
        }
        return ExportFormat.ofFile(target).orElseThrow(() -> new UsageException(
                "cannot tell the format from '" + target.getFileName() + "'; end it in .png or .svg, or give --format"));
    }

    /** Width and height; one alone keeps the 16:9 shape of the default 1600×900. */
    private static int[] size(Options o) throws UsageException {
        boolean w = o.value("width").isPresent();
        boolean h = o.value("height").isPresent();
        int width = o.intValue("width", h ? 0 : FigureSpec.BASE_WIDTH);
        int height = o.intValue("height", w ? (int) Math.round(width * 9 / 16.0) : FigureSpec.BASE_HEIGHT);
        if (!w && h) {
            width = (int) Math.round(height * 16 / 9.0);
        }
        try {
            FigureSpec.checkSize(width, height);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new int[]{width, height};
    }

    private static LabelMode labels(String value) throws UsageException {
        return switch (value) {
            case "en" -> LabelMode.ENGLISH;
            case "zh" -> LabelMode.CHINESE;
            case "both" -> LabelMode.BOTH;
            default -> throw new UsageException("--labels must be en, zh or both, not '" + value + "'");
        };
    }

    private static AtlasIndex loadAtlas() throws CommandException {
        try {
            return AtlasIndex.of(BundledDataset.load());
        } catch (RuntimeException e) {
            throw new CommandException("the bundled dataset could not be read: " + e.getMessage());
        }
    }

    private static Optional<Sector> sector(AtlasIndex atlas, Optional<String> id) throws UsageException {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Sector> sector = atlas.sector(id.get());
        if (sector.isEmpty()) {
            throw new UsageException("unknown sector '" + id.get() + "'; known: "
                    + atlas.sectors().stream().map(Sector::id).collect(Collectors.joining(", ")));
        }
        return sector;
    }

    private static String region(AtlasIndex atlas, Optional<String> id) throws UsageException {
        if (id.isEmpty()) {
            return null;
        }
        if (atlas.region(id.get()).filter(r -> !r.isNational()).isEmpty()) {
            throw new UsageException("unknown region '" + id.get() + "'; use an id such as "
                    + atlas.regions().stream().findFirst().map(Region::id).orElse("CN-GD"));
        }
        return id.get();
    }

    private static HeadlessFx.Session startFx() {
        try {
            return HeadlessFx.start();
        } catch (ExportException e) {
            throw new CompletionException(e);
        }
    }

    private static <T> T await(CompletableFuture<T> load, String failure) throws CommandException {
        try {
            return load.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw new CommandException(cause instanceof ExportException ? cause.getMessage()
                    : failure + ": " + cause.getMessage());
        }
    }

    private interface ExportStep<T> {
        T run() throws ExportException;
    }

    private interface ExportAction {
        void run() throws ExportException;
    }

    private static <T> T check(ExportStep<T> step) throws CommandException {
        try {
            return step.run();
        } catch (ExportException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static void check(ExportAction action) throws CommandException {
        check(() -> {
            action.run();
            return null;
        });
    }
}
