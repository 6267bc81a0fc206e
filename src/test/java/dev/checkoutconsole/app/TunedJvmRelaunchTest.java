package dev.checkoutconsole.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TunedJvmRelaunchTest {
    private static final long STARTED_AT = 1_796_000_000_000L;
    private static final long PID = 4242;
    private static final String SERVER_VM = "OpenJDK 64-Bit Server VM";

    @TempDir
    Path folder;
    private Path jar;
    private Path javaHome;
    private Path cache;

    @BeforeEach
    void aJarARuntimeAndACacheFolder() throws IOException {
        jar = Files.write(folder.resolve("checkout-console.jar"), new byte[] {1, 2, 3});
        javaHome = folder.resolve("jdk");
        cache = folder.resolve("cache");
    }

    private TunedJvmRelaunch.Start start(Optional<List<String>> arguments, Map<String, String> environment, String vmName,
                                         String vmVersion, boolean packaged, boolean relaunched) {
        return new TunedJvmRelaunch.Start(arguments, environment, Optional.of(jar), 3, 1_700_000_000_000L, javaHome,
                vmName, vmVersion, cache, packaged, relaunched, () -> STARTED_AT, PID);
    }

    private TunedJvmRelaunch.Start bareJarStart() {
        return start(Optional.of(List.of("-jar", jar.toString())), Map.of(), SERVER_VM, "17.0.15+6", false, false);
    }

    @Test
    void aBareJarStartRecordsAnArchiveOnItsFirstRun() {
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow();

        Path archive = relaunch.archive();
        assertThat(archive.getParent()).isEqualTo(cache);
        assertThat(archive.getFileName().toString()).matches("console-\\p{XDigit}{16}\\.jsa");
        assertThat(relaunch.command()).containsExactly(javaHome.resolve("bin/java").toString(),
                "-XX:Tier4InvocationThreshold=500000", "-XX:Tier4MinInvocationThreshold=60000",
                "-XX:Tier4CompileThreshold=1500000", "-XX:Tier4BackEdgeThreshold=4000000",
                "-XX:ArchiveClassesAtExit=" + archive + "." + PID + ".part",
                "-Xlog:cds=off,cds+dynamic=off",
                "-Dcheckout-console.launchedAt=" + STARTED_AT,
                "-cp", jar.toString(), "dev.checkoutconsole.app.Launcher");
    }

    @Test
    void aRecordedArchiveIsUsedByTheNextStart() throws IOException {
        Path archive = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().archive();
        Files.createDirectories(cache);
        Files.writeString(archive, "recorded");

        List<String> command = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().command();

        assertThat(command).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(argument -> argument.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void anotherJarOrRuntimeGetsItsOwnArchive() {
        Path archive = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().archive();
        TunedJvmRelaunch.Start rebuiltJar = new TunedJvmRelaunch.Start(bareJarStart().arguments(), Map.of(),
                Optional.of(jar), 4, 1_700_000_000_000L, javaHome, SERVER_VM, "17.0.15+6", cache, false, false,
                () -> STARTED_AT, PID);
        TunedJvmRelaunch.Start touchedJar = new TunedJvmRelaunch.Start(bareJarStart().arguments(), Map.of(),
                Optional.of(jar), 3, 1_700_000_000_001L, javaHome, SERVER_VM, "17.0.15+6", cache, false, false,
                () -> STARTED_AT, PID);
        TunedJvmRelaunch.Start updatedRuntime = start(bareJarStart().arguments(), Map.of(), SERVER_VM, "17.0.16+8",
                false, false);

        assertThat(List.of(rebuiltJar, touchedJar, updatedRuntime))
                .map(other -> TunedJvmRelaunch.planned(other).orElseThrow().archive())
                .doesNotContain(archive).doesNotHaveDuplicates();
    }

    @Test
    void aStartGivenAnyJvmOptionRunsAsStarted() {
        List<String> withOption = List.of("-Xmx2g", "-jar", jar.toString());

        assertThat(TunedJvmRelaunch.planned(start(Optional.of(withOption), Map.of(), SERVER_VM, "17", false, false)))
                .isEmpty();
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(TunedJvmRelaunch.planned(start(bareJarStart().arguments(), Map.of(variable, "-Xmx2g"), SERVER_VM,
                    "17", false, false))).as(variable).isEmpty();
        }
        assertThat(TunedJvmRelaunch.planned(start(bareJarStart().arguments(), Map.of("JAVA_TOOL_OPTIONS", " "),
                SERVER_VM, "17", false, false))).as("a blank variable sets nothing").isPresent();
    }

    @Test
    void onlyABareJarStartOfThisJarOnHotSpotIsRelaunched() {
        Optional<List<String>> bare = bareJarStart().arguments();
        assertThat(TunedJvmRelaunch.planned(start(Optional.empty(), Map.of(), SERVER_VM, "17", false, false)))
                .as("arguments the platform does not tell").isEmpty();
        assertThat(TunedJvmRelaunch.planned(start(Optional.of(List.of("-jar", folder.resolve("other.jar").toString())),
                Map.of(), SERVER_VM, "17", false, false))).as("another jar").isEmpty();
        assertThat(TunedJvmRelaunch.planned(start(Optional.of(List.of("-jar", jar.toString(), "--version")), Map.of(),
                SERVER_VM, "17", false, false))).as("a command, not the console").isEmpty();
        assertThat(TunedJvmRelaunch.planned(start(bare, Map.of(), "Eclipse OpenJ9 VM", "17", false, false)))
                .as("a VM without HotSpot's options").isEmpty();
        assertThat(TunedJvmRelaunch.planned(start(bare, Map.of(), SERVER_VM, "17", true, false)))
                .as("the packaged launcher").isEmpty();
        assertThat(TunedJvmRelaunch.planned(start(bare, Map.of(), SERVER_VM, "17", false, true)))
                .as("the relaunched JVM").isEmpty();
        assertThat(TunedJvmRelaunch.planned(new TunedJvmRelaunch.Start(bare, Map.of(), Optional.empty(), 0, 0, javaHome,
                SERVER_VM, "17", cache, false, false, () -> STARTED_AT, PID))).as("classes from a folder").isEmpty();
    }

    @Test
    void theCacheFolderFollowsXdgCacheHome() {
        assertThat(TunedJvmRelaunch.cacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/agent"), "/home/agent"))
                .isEqualTo(Path.of("/var/cache/agent/checkout-console/jvm"));
        assertThat(TunedJvmRelaunch.cacheDir(Map.of(), "/home/agent"))
                .isEqualTo(Path.of("/home/agent/.cache/checkout-console/jvm"));
    }

    @Test
    void theSecondJvmsOrderlyExitKeepsItsRecordingAndClearsOlderArchives() throws Exception {
        fakeJava(0);
        Files.createDirectories(cache);
        Path olderJarsArchive = Files.writeString(cache.resolve("console-0123456789abcdef.jsa"), "old");
        Path killedRecording = Files.writeString(cache.resolve("console-0123456789abcdef.jsa." + deadPid() + ".part"), "x");
        Path liveRecording = Files.writeString(
                cache.resolve("console-0123456789abcdef.jsa." + ProcessHandle.current().pid() + ".part"), "x");
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow();

        assertThat(relaunch.run()).isZero();

        assertThat(relaunch.archive()).hasContent("recorded");
        assertThat(Files.readString(folder.resolve("arguments")).strip()).isEqualTo(
                String.join(" ", relaunch.command().subList(1, relaunch.command().size())));
        assertThat(olderJarsArchive).doesNotExist();
        assertThat(killedRecording).doesNotExist();
        assertThat(liveRecording).exists();
    }

    @Test
    void aFailedSecondJvmReturnsItsStatusAndLeavesNoArchive() throws Exception {
        fakeJava(7);
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow();

        assertThat(relaunch.run()).isEqualTo(7);

        assertThat(relaunch.archive()).doesNotExist();
        try (var left = Files.list(cache)) {
            assertThat(left).as("the unfinished recording is removed").isEmpty();
        }
    }

    @Test
    void aSecondJvmStoppedBySigtermHasWrittenItsArchive() throws Exception {
        fakeJava(143);
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow();

        assertThat(relaunch.run()).isEqualTo(143);

        assertThat(relaunch.archive()).hasContent("recorded");
    }

    @Test
    void startUpCountsFromTheFirstJvmWhenRelaunched() {
        long ownStart = TunedJvmRelaunch.launchedAtMillis();
        System.setProperty(TunedJvmRelaunch.LAUNCHED_AT, Long.toString(STARTED_AT));
        try {
            assertThat(TunedJvmRelaunch.launchedAtMillis()).isEqualTo(STARTED_AT);
        } finally {
            System.clearProperty(TunedJvmRelaunch.LAUNCHED_AT);
        }
        assertThat(ownStart).isLessThanOrEqualTo(System.currentTimeMillis()).isNotEqualTo(STARTED_AT);
    }

    /**
     * A runtime whose java records what a real one would write at exit, notes its arguments and ends with
     * {@code status}: real process handling, without a second console.
     */
    private void fakeJava(int status) throws IOException {
        Path java = javaHome.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                for argument in "$@"; do
                  case "$argument" in -XX:ArchiveClassesAtExit=*) printf recorded > "${argument#*=}" ;; esac
                done
                echo "$@" > "%s"
                exit %d
                """.formatted(folder.resolve("arguments"), status));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    }

    private static long deadPid() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        return finished.pid();
    }
}
