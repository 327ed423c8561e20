package org.priorityatlas.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowJvmTest {
    private static final String SETTINGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m";
    private static final Path JAVA_HOME = Path.of("/opt/jdk");

    @TempDir
    Path dir;

    private WindowJvm.Launch launch(List<String> arguments, Map<String, String> env, String jar) {
        return new WindowJvm.Launch(Optional.of(arguments), env, JAVA_HOME, jar, false, SETTINGS, false);
    }

    /** A plain {@code java -jar} on a machine with no GPU device. */
    private WindowJvm.Launch withoutGpu(Map<String, String> env, String jar) {
        return new WindowJvm.Launch(Optional.of(List.of("-jar", jar)), env, JAVA_HOME, jar, false, SETTINGS, true);
    }

    @Test
    void aPlainJavaJarStartsTheWindowInAJvmWithItsSettingsAndTheArchiveBesideTheJar() throws IOException {
        String jar = dir.resolve("priority-atlas.jar").toString();
        Files.createFile(dir.resolve(WindowJvm.ARCHIVE));
        List<String> command = WindowJvm.command(launch(List.of("-jar", jar, "--present"), Map.of(), jar),
                new String[] {"--present"}).orElseThrow();

        assertEquals(JAVA_HOME.resolve("bin/java").toString(), command.get(0));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn16m"), command.subList(1, 4));
        assertTrue(command.contains("-XX:SharedArchiveFile=" + dir.resolve(WindowJvm.ARCHIVE)));
        assertTrue(command.contains("-D" + WindowJvm.RELAUNCHED + "=true"));
        assertEquals(List.of("-jar", jar, "--present"), command.subList(command.size() - 3, command.size()));
        assertFalse(command.stream().anyMatch(a -> a.contains(WindowJvm.LAUNCHER_START)), "only benchmarks pay for it");
        assertFalse(command.contains("-Dprism.order=sw"), "a machine with a GPU keeps JavaFX's choice");
        assertEquals(Map.of(), WindowJvm.environment(launch(List.of("-jar", jar), Map.of(), jar)));
    }

    @Test
    void withoutAGpuTheWindowJvmSkipsTheOpenGlProbes() {
        String jar = dir.resolve("priority-atlas.jar").toString();
        WindowJvm.Launch noGpu = withoutGpu(Map.of(), jar);
        assertTrue(WindowJvm.command(noGpu, new String[0]).orElseThrow().contains("-Dprism.order=sw"));
        assertEquals(Map.of("GDK_GL", "disable"), WindowJvm.environment(noGpu));
        WindowJvm.Launch ownGdkGl = withoutGpu(Map.of("GDK_GL", "always"), jar);
        assertEquals(Map.of(), WindowJvm.environment(ownGdkGl), "the user's own setting stays");
    }

    @Test
    void withoutAnArchiveTheSecondJvmLoadsItsClassesAsUsual() {
        String jar = dir.resolve("priority-atlas.jar").toString();
        List<String> command = WindowJvm.command(launch(List.of("-jar", jar), Map.of(), jar), new String[0]).orElseThrow();
        assertFalse(command.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    void aBenchmarkCountsFromTheFirstJvmsStart() {
        String jar = dir.resolve("priority-atlas.jar").toString();
        List<String> command = WindowJvm.command(launch(List.of("-jar", jar, "--benchmark-startup"), Map.of(), jar),
                new String[] {"--benchmark-startup"}).orElseThrow();
        String start = command.stream().filter(a -> a.startsWith("-D" + WindowJvm.LAUNCHER_START + "="))
                .findFirst().orElseThrow();
        long millis = Long.parseLong(start.substring(start.indexOf('=') + 1));
        assertTrue(millis <= System.currentTimeMillis() && millis > System.currentTimeMillis() - 3_600_000, start);
    }

    @Test
    void chosenJvmOptionsTheBareFloorAndASecondJvmKeepTheWindowInThisOne() {
        String jar = dir.resolve("priority-atlas.jar").toString();
        String[] none = new String[0];
        assertTrue(WindowJvm.command(launch(List.of("-Xmx2g", "-jar", jar), Map.of(), jar), none).isEmpty());
        assertTrue(WindowJvm.command(launch(List.of("-jar", jar), Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"), jar), none).isEmpty());
        assertTrue(WindowJvm.command(launch(List.of("-jar", jar), Map.of("JAVA_TOOL_OPTIONS", "-Xss2m"), jar), none).isEmpty());
        assertTrue(WindowJvm.command(launch(List.of("-cp", jar, "org.priorityatlas.app.Launcher"), Map.of(), jar), none).isEmpty());
        assertTrue(WindowJvm.command(launch(List.of("-jar", jar, "--benchmark-bare"), Map.of(), jar),
                new String[] {"--benchmark-bare"}).isEmpty());
        WindowJvm.Launch second = new WindowJvm.Launch(Optional.of(List.of("-jar", jar)), Map.of(), JAVA_HOME, jar, true, SETTINGS, false);
        assertTrue(WindowJvm.command(second, none).isEmpty());
        WindowJvm.Launch unknown = new WindowJvm.Launch(Optional.empty(), Map.of(), JAVA_HOME, jar, false, SETTINGS, false);
        assertTrue(WindowJvm.command(unknown, none).isEmpty(), "Windows does not tell a process its arguments");
    }

    @Test
    void theWindowJvmGetsTheAddedEnvironmentAndItsExitStatusIsTheLaunchers() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(3, WindowJvm.run(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.priorityatlas.app.WindowJvmTest$Exit"), Map.of(Exit.STATUS, "3")));
    }

    @Test
    void theBuildFillsInTheWindowsSettings() throws IOException {
        try (var in = WindowJvm.class.getResourceAsStream("/app/window-jvm.properties")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("options=-XX:") && !text.contains("${"), text);
        }
    }

    /** The second JVM of {@link #theWindowJvmGetsTheAddedEnvironmentAndItsExitStatusIsTheLaunchers}. */
    static final class Exit {
        static final String STATUS = "PRIORITY_ATLAS_TEST_STATUS";

        public static void main(String[] args) {
            System.exit(Integer.parseInt(System.getenv(STATUS)));
        }
    }
}
