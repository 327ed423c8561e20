package org.priorityatlas.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Starts the window in a second JVM that has the window's settings, when the jar was started as plain
 * {@code java -jar priority-atlas.jar}. A jar cannot carry JVM options, and on two cores the JVM's defaults
 * cost the window 0.4 s of start-up, its smooth recolouring and 60-100 MB (README, Performance); the
 * second JVM costs about 50 ms and 20 MB. Anyone who chose JVM options (on the command line, in
 * {@code JDK_JAVA_OPTIONS} ...) keeps them: the window then runs in the JVM it was started in, as it does
 * under {@code mvn javafx:run} and in the installed app, which pass the settings themselves.
 */
public final class WindowJvm {
    /** Set on the second JVM's command line; also keeps it from starting a third. */
    public static final String RELAUNCHED = "priorityatlas.relaunched";
    /** For the benchmarks: when the first JVM started (epoch ms), so that start-up counts both JVMs. */
    public static final String LAUNCHER_START = "priorityatlas.launcher.start";
    static final String ARCHIVE = "priority-atlas.jsa";
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    /** Device files a Linux machine has when it has a GPU an OpenGL driver could use (DRM, NVIDIA, WSL's). */
    private static final List<String> GPU_DEVICES = List.of("/dev/dri", "/dev/nvidia0", "/dev/dxg");

    private WindowJvm() {
    }

    /** Runs the window in a second JVM if this one is a plain {@code java -jar}; its exit status, or empty. */
    static OptionalInt relaunch(String[] args) {
        Launch launch = launch();
        Optional<List<String>> command = command(launch, args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(run(command.get(), environment(launch)));
        } catch (IOException e) {
            System.err.println("priority-atlas: could not start the window's JVM (" + e.getMessage()
                    + "); starting it in this one");
            return OptionalInt.empty();
        }
    }

    /**
     * What this JVM was started with, as far as the platform tells, and whether the machine can only draw in
     * software (a Linux machine with no GPU device).
     */
    record Launch(Optional<List<String>> arguments, Map<String, String> environment, Path javaHome,
                  String classPath, boolean relaunched, String settings, boolean softwareOnly) {
    }

    private static Launch launch() {
        return new Launch(ProcessHandle.current().info().arguments().map(Arrays::asList), System.getenv(),
                Path.of(System.getProperty("java.home")), System.getProperty("java.class.path", ""),
                System.getProperty(RELAUNCHED) != null, settings(), softwareOnly());
    }

    private static boolean softwareOnly() {
        return System.getProperty("os.name", "").startsWith("Linux")
                && GPU_DEVICES.stream().noneMatch(d -> Files.exists(Path.of(d)));
    }

    /** The second JVM's command line, or empty when this JVM should run the window itself. */
    static Optional<List<String>> command(Launch launch, String[] args) {
        if (launch.relaunched() || launch.settings().isBlank() || !plainJar(launch) || measuresTheFloor(args)
                || OPTION_VARIABLES.stream().anyMatch(v -> !launch.environment().getOrDefault(v, "").isBlank())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(launch.javaHome().resolve("bin").resolve("java").toString());
        command.addAll(Arrays.asList(launch.settings().trim().split("\\s+")));
        Path archive = Path.of(launch.classPath()).toAbsolutePath().resolveSibling(ARCHIVE);
        if (Files.isReadable(archive)) {
            // An archive of another build or JDK is refused; the JVM then loads the classes as usual, silently.
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (launch.softwareOnly()) {
            // JavaFX would load the OpenGL driver only to find no GPU and fall back to software: see environment.
            command.add("-Dprism.order=sw");
        }
        command.add("-D" + RELAUNCHED + "=true");
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("--benchmark-"))) {
            // Only here: the management classes take this JVM 10-20 ms to load.
            command.add("-D" + LAUNCHER_START + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        command.addAll(List.of("-jar", launch.classPath()));
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** The bare window is the floor the start-up is measured against: a JavaFX window in the JVM as started. */
    private static boolean measuresTheFloor(String[] args) {
        return Arrays.asList(args).contains("--benchmark-bare");
    }

    /** Started as exactly {@code java -jar JAR ...}: no JVM options before {@code -jar}. */
    private static boolean plainJar(Launch launch) {
        List<String> arguments = launch.arguments().orElse(List.of());
        return arguments.size() >= 2 && arguments.get(0).equals("-jar")
                && arguments.get(1).equals(launch.classPath()) && !launch.classPath().isEmpty();
    }

    /**
     * What the second JVM's environment adds to this one's. Without a GPU JavaFX draws in software anyway, but
     * first it probes OpenGL, and GTK looks for OpenGL visuals, each loading the OpenGL driver (here Mesa's
     * software one and its 43 MB LLVM). Told so (with {@code -Dprism.order=sw}), the plain jar peaked at
     * 229-230 MB instead of 288-298 MB at start-up and 276-281 MB instead of 336-347 MB after the frame
     * benchmarks, and showed the first map frame 0.1 s sooner (medians 0.90 against 1.00 s; 4 and 3
     * interleaved pairs).
     */
    static Map<String, String> environment(Launch launch) {
        return launch.softwareOnly() && !launch.environment().containsKey("GDK_GL")
                ? Map.of("GDK_GL", "disable") : Map.of();
    }

    /**
     * Runs the command with this process's terminal and environment, {@code environment} added, and waits;
     * its exit status.
     */
    static int run(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Process window = builder.start();
        // Ending this JVM (Ctrl-C, kill) ends the window's too.
        Thread stop = new Thread(window::destroy, "window-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return window.waitFor();
        } catch (InterruptedException e) {
            window.destroy();
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            removeHook(stop);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running: it ends the window.
        }
    }

    /** The window's JVM options, from the build (pom.xml's atlas.jvm properties). */
    private static String settings() {
        try (InputStream in = WindowJvm.class.getResourceAsStream("/app/window-jvm.properties")) {
            if (in == null) {
                return "";
            }
            Properties p = new Properties();
            p.load(in);
            String options = p.getProperty("options", "");
            return options.contains("${") ? "" : options;
        } catch (IOException e) {
            return "";
        }
    }
}
