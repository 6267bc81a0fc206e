package dev.checkoutconsole.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
        return new TunedJvmRelaunch.Start(() -> arguments, environment, Optional.of(jar), javaHome, vmName, vmVersion,
                cache, false, packaged, relaunched, () -> STARTED_AT, () -> PID);
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
                "-cp", jar.toString(),
                "-XX:ArchiveClassesAtExit=" + archive + "." + PID + ".part",
                "-Xlog:cds=off,cds+dynamic=off",
                "-Dcheckout-console.launchedAt=" + STARTED_AT,
                "dev.checkoutconsole.app.Launcher");
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
    void anotherJarOrRuntimeGetsItsOwnArchive() throws IOException {
        List<Path> archives = new ArrayList<>();
        archives.add(TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().archive());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        archives.add(TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().archive());
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        archives.add(TunedJvmRelaunch.planned(bareJarStart()).orElseThrow().archive());
        archives.add(TunedJvmRelaunch.planned(start(bareJarStart().arguments().get(), Map.of(), SERVER_VM, "17.0.16+8",
                false, false)).orElseThrow().archive());

        assertThat(archives).as("first, touched, rebuilt, on an updated runtime").doesNotHaveDuplicates();
    }

    @Test
    void aStartGivenAnyJvmOptionRunsAsStarted() {
        List<String> withOption = List.of("-Xmx2g", "-jar", jar.toString());

        assertThat(TunedJvmRelaunch.planned(start(Optional.of(withOption), Map.of(), SERVER_VM, "17", false, false)))
                .isEmpty();
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(TunedJvmRelaunch.planned(start(bareJarStart().arguments().get(), Map.of(variable, "-Xmx2g"), SERVER_VM,
                    "17", false, false))).as(variable).isEmpty();
        }
        assertThat(TunedJvmRelaunch.planned(start(bareJarStart().arguments().get(), Map.of("JAVA_TOOL_OPTIONS", " "),
                SERVER_VM, "17", false, false))).as("a blank variable sets nothing").isPresent();
    }

    @Test
    void onlyABareJarStartOfThisJarOnHotSpotIsRelaunched() {
        Optional<List<String>> bare = bareJarStart().arguments().get();
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
        assertThat(TunedJvmRelaunch.planned(new TunedJvmRelaunch.Start(() -> bare, Map.of(), Optional.empty(), javaHome,
                SERVER_VM, "17", cache, false, false, false, () -> STARTED_AT, () -> PID))).as("classes not told")
                .isEmpty();
    }

    /** The JVM's arguments of a javafx:run start (pom.xml), here with one jar on each path. */
    private List<String> javafxRunArguments(Path classFolder, String... more) {
        List<String> arguments = new ArrayList<>(List.of(more));
        arguments.addAll(List.of("--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:Tier4InvocationThreshold=500000", "-Dcheckout-console.relaunchClassFolder=true",
                "--module-path", folder.resolve("javafx-base.jar").toString(), "--add-modules", "javafx.base",
                "-classpath", classFolder + File.pathSeparator + folder.resolve("jackson-core.jar"),
                "dev.checkoutconsole.app.Launcher"));
        return arguments;
    }

    private TunedJvmRelaunch.Start javafxRunStart(List<String> arguments, Map<String, String> environment,
                                                  boolean relaunchAsked) throws IOException {
        Files.write(folder.resolve("javafx-base.jar"), new byte[] {4});
        Files.write(folder.resolve("jackson-core.jar"), new byte[] {5});
        return new TunedJvmRelaunch.Start(() -> Optional.of(arguments), environment, Optional.of(classFolder()),
                javaHome, SERVER_VM, "17.0.15+6", cache, relaunchAsked, false, false, () -> STARTED_AT, () -> PID);
    }

    private Path classFolder() throws IOException {
        Path classes = folder.resolve("target/classes");
        Files.createDirectories(classes.resolve("dev/checkoutconsole/app"));
        Files.createDirectories(classes.resolve("fxml"));
        if (!Files.exists(classes.resolve("fxml/main.fxml"))) {
            Files.writeString(classes.resolve("dev/checkoutconsole/app/Launcher.class"), "launcher");
            Files.writeString(classes.resolve("fxml/main.fxml"), "<BorderPane/>");
        }
        return classes;
    }

    @Test
    void aJavafxRunStartRunsItsOwnOptionsOnAJarOfItsClassFolder() throws IOException {
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classFolder()), Map.of(),
                true)).orElseThrow();

        Path archive = relaunch.archive();
        assertThat(archive.getFileName().toString()).matches("console-\\p{XDigit}{16}\\.jsa");
        Path packedJar = cache.resolve(archive.getFileName().toString().replace(".jsa", ".jar"));
        assertThat(relaunch.command()).containsExactly(javaHome.resolve("bin/java").toString(),
                "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:Tier4InvocationThreshold=500000", "-Dcheckout-console.relaunchClassFolder=true",
                "--module-path", folder.resolve("javafx-base.jar").toString(), "--add-modules", "javafx.base",
                "-classpath", packedJar + File.pathSeparator + folder.resolve("jackson-core.jar"),
                "-XX:ArchiveClassesAtExit=" + archive + "." + PID + ".part",
                "-Xlog:cds=off,cds+dynamic=off",
                "-Dcheckout-console.launchedAt=" + STARTED_AT,
                "dev.checkoutconsole.app.Launcher");
    }

    @Test
    void aJavafxRunStartPacksItsClassesAndTheNextStartUsesThemAndTheirArchive() throws Exception {
        fakeJava(0);
        TunedJvmRelaunch.Start start = javafxRunStart(javafxRunArguments(classFolder()), Map.of(), true);
        TunedJvmRelaunch first = TunedJvmRelaunch.planned(start).orElseThrow();

        assertThat(first.run()).isZero();

        assertThat(first.archive()).hasContent("recorded");
        Path packedJar = cache.resolve(first.archive().getFileName().toString().replace(".jsa", ".jar"));
        try (JarFile packed = new JarFile(packedJar.toFile())) {
            assertThat(packed.stream().map(JarEntry::getName)).contains("dev/", "dev/checkoutconsole/app/",
                    "dev/checkoutconsole/app/Launcher.class", "fxml/", "fxml/main.fxml");
            assertThat(packed.getInputStream(packed.getEntry("fxml/main.fxml"))).hasContent("<BorderPane/>");
        }
        List<String> next = TunedJvmRelaunch.planned(start).orElseThrow().command();
        assertThat(next).contains("-XX:SharedArchiveFile=" + first.archive())
                .anyMatch(argument -> argument.startsWith(packedJar + File.pathSeparator));
    }

    @Test
    void aRecompiledClassGetsANewJarAndArchiveAndTheOldPairGoes() throws Exception {
        fakeJava(0);
        TunedJvmRelaunch before = TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classFolder()), Map.of(),
                true)).orElseThrow();
        before.run();
        Path launcherClass = classFolder().resolve("dev/checkoutconsole/app/Launcher.class");
        FileTime compiledAt = Files.getLastModifiedTime(launcherClass);
        Files.writeString(launcherClass, "recompiled");
        Files.setLastModifiedTime(launcherClass, compiledAt);

        TunedJvmRelaunch after = TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classFolder()), Map.of(),
                true)).orElseThrow();
        assertThat(after.archive()).isNotEqualTo(before.archive()).doesNotExist();
        after.run();

        try (var left = Files.list(cache)) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    after.archive().getFileName().toString(),
                    after.archive().getFileName().toString().replace(".jsa", ".jar"));
        }
    }

    @Test
    void aClassFolderStartIsRelaunchedOnlyAsJavafxRunAsks() throws IOException {
        Path classes = classFolder();
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classes), Map.of(), false)))
                .as("not asked, as by a test or an IDE").isEmpty();
        List<String> otherMain = new ArrayList<>(javafxRunArguments(classes));
        otherMain.set(otherMain.size() - 1, "dev.checkoutconsole.app.ConsoleApplication");
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(otherMain, Map.of(), true))).as("another main class")
                .isEmpty();
        List<String> folderNotOnClassPath = javafxRunArguments(folder.resolve("elsewhere"));
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(folderNotOnClassPath, Map.of(), true)))
                .as("the class folder is not on the class path").isEmpty();
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(
                javafxRunArguments(classes, "-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), Map.of(),
                true))).as("a debugger's agent").isEmpty();
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classes),
                Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), true))).as("options from the environment").isEmpty();
        assertThat(TunedJvmRelaunch.planned(javafxRunStart(javafxRunArguments(classes), Map.of(), true)))
                .as("as asked").isPresent();
    }

    @Test
    void aPackagedOrSecondJvmDoesNotReadItsProcessHandle() {
        Supplier<Optional<List<String>>> unread = () -> {
            throw new AssertionError("the arguments were read");
        };
        LongSupplier unreadPid = () -> {
            throw new AssertionError("the pid was read");
        };
        for (boolean packaged : List.of(true, false)) {
            TunedJvmRelaunch.Start start = new TunedJvmRelaunch.Start(unread, Map.of(), Optional.of(jar), javaHome,
                    SERVER_VM, "17", cache, false, packaged, !packaged, () -> STARTED_AT, unreadPid);
            assertThat(TunedJvmRelaunch.planned(start)).isEmpty();
        }
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
        Path olderArchive = Files.writeString(cache.resolve("console-0123456789abcdef.jsa"), "old");
        Path olderPackedJar = Files.writeString(cache.resolve("console-0123456789abcdef.jar"), "old");
        Path killedRecording = Files.writeString(cache.resolve("console-0123456789abcdef.jsa." + deadPid() + ".part"), "x");
        Path killedPacking = Files.writeString(cache.resolve("console-0123456789abcdef.jar." + deadPid() + ".part"), "x");
        long livePid = ProcessHandle.current().pid();
        Path liveRecording = Files.writeString(cache.resolve("console-fedcba9876543210.jsa." + livePid + ".part"), "x");
        Path liveStartsPackedJar = Files.writeString(cache.resolve("console-fedcba9876543210.jar"), "x");
        TunedJvmRelaunch relaunch = TunedJvmRelaunch.planned(bareJarStart()).orElseThrow();

        assertThat(relaunch.run()).isZero();

        assertThat(relaunch.archive()).hasContent("recorded");
        assertThat(Files.readString(folder.resolve("arguments")).strip()).isEqualTo(
                String.join(" ", relaunch.command().subList(1, relaunch.command().size())));
        assertThat(List.of(olderArchive, olderPackedJar, killedRecording, killedPacking))
                .allSatisfy(gone -> assertThat(gone).doesNotExist());
        assertThat(List.of(liveRecording, liveStartsPackedJar)).allSatisfy(kept -> assertThat(kept).exists());
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
