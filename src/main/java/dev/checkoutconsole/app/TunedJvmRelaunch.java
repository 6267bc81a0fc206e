package dev.checkoutconsole.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a bare {@code java -jar checkout-console.jar} in a second JVM that has the packaged launcher's options. A jar
 * cannot carry JVM options, and without them the console needs about 3 s to its first page on two cores instead of
 * under 2 (README, Benchmarks): the jar's 2,500 start-up classes are read and verified at every start, and C2 keeps a
 * core busy on code that runs only while starting. The second JVM runs the same jar on the same runtime with C2's
 * raised thresholds and a class-data archive of the jar's classes. The archive lives in the user's cache folder;
 * the first start records it when its JVM exits, and a changed jar or runtime gets a new one.
 *
 * <p>Whoever gives the JVM any option (on the command line, or in JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS or
 * _JAVA_OPTIONS) has chosen their JVM, to debug or profile it for instance: the console then runs as started.
 */
final class TunedJvmRelaunch {
    /** Set on the second JVM: the first JVM's start (epoch ms), from which {@code ready in N ms} counts. */
    static final String LAUNCHED_AT = "checkout-console.launchedAt";
    /** The same thresholds as javafx:run's (pom.xml) and the packaged launcher's (installer/build.sh). */
    static final List<String> C2_THRESHOLDS = List.of("-XX:Tier4InvocationThreshold=500000",
            "-XX:Tier4MinInvocationThreshold=60000", "-XX:Tier4CompileThreshold=1500000",
            "-XX:Tier4BackEdgeThreshold=4000000");
    private static final Set<String> OPTION_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    /** A JVM that ends on System.exit(0), SIGINT or SIGTERM has written its archive; a killed or crashed one may not. */
    private static final Set<Integer> ORDERLY_EXITS = Set.of(0, 130, 143);
    private static final long STOP_WAIT_SECONDS = 60;
    /** A recording's name carries the first JVM's pid: {@code console-<key>.jsa.<pid>.part}. */
    private static final Pattern RECORDING = Pattern.compile("console-\\p{XDigit}+\\.jsa\\.(\\d+)\\.part");

    private final List<String> command;
    private final Path archive;
    private final Optional<Path> recording;
    private boolean settled;

    private TunedJvmRelaunch(List<String> command, Path archive, Optional<Path> recording) {
        this.command = List.copyOf(command);
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * What this JVM knows of how it was started. {@code arguments} are the JVM's own command-line arguments (empty
     * when the platform does not tell them); {@code jar} is where the console's classes come from (empty for a
     * class folder, as under javafx:run); {@code packaged} is a start by the jpackage launcher, which has the
     * options already; {@code relaunched} is the second JVM itself. {@code startedAtMillis} is read only for a
     * relaunch: the management bean costs a start that is not relaunched (the packaged one) some 20 ms. The options are HotSpot's, so another VM (its
     * name does not end in "Server VM", OpenJ9's for one) runs the console as started.
     */
    record Start(Optional<List<String>> arguments, Map<String, String> environment, Optional<Path> jar, long jarSize,
                 long jarModifiedMillis, Path javaHome, String vmName, String vmVersion, Path cacheDir, boolean packaged,
                 boolean relaunched, LongSupplier startedAtMillis, long pid) {
    }

    /** The relaunch of this JVM, when it is a bare {@code java -jar} start of the console. */
    static Optional<TunedJvmRelaunch> ofThisJvm() {
        Optional<Path> jar = consoleJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path jarPath = jar.get();
            return planned(new Start(ProcessHandle.current().info().arguments().map(List::of), System.getenv(), jar,
                    Files.size(jarPath), Files.getLastModifiedTime(jarPath).toMillis(),
                    Path.of(System.getProperty("java.home")), System.getProperty("java.vm.name"),
                    System.getProperty("java.vm.version"),
                    cacheDir(System.getenv(), System.getProperty("user.home")),
                    System.getProperty("jpackage.app-path") != null, System.getProperty(LAUNCHED_AT) != null,
                    () -> ManagementFactory.getRuntimeMXBean().getStartTime(), ProcessHandle.current().pid()));
        } catch (IOException | InvalidPathException unusablePath) {
            return Optional.empty();
        }
    }

    /** The relaunch a start calls for: none unless it is {@code java -jar <the console's jar>} and nothing else. */
    static Optional<TunedJvmRelaunch> planned(Start start) {
        if (start.packaged() || start.relaunched() || start.jar().isEmpty() || !start.vmName().endsWith("Server VM")
                || OPTION_VARIABLES.stream().anyMatch(name -> isSet(start.environment().get(name)))) {
            return Optional.empty();
        }
        Path jar = start.jar().get().toAbsolutePath().normalize();
        boolean bareJarStart = start.arguments()
                .filter(arguments -> arguments.size() == 2 && arguments.get(0).equals("-jar")
                        && Path.of(arguments.get(1)).toAbsolutePath().normalize().equals(jar))
                .isPresent();
        if (!bareJarStart) {
            return Optional.empty();
        }
        Path archive = start.cacheDir().resolve("console-" + archiveKey(start, jar) + ".jsa");
        Optional<Path> recording = Files.isRegularFile(archive)
                ? Optional.empty()
                : Optional.of(start.cacheDir().resolve(archive.getFileName() + "." + start.pid() + ".part"));
        List<String> command = new ArrayList<>();
        command.add(start.javaHome().resolve("bin").resolve("java").toString());
        command.addAll(C2_THRESHOLDS);
        command.add(recording.map(part -> "-XX:ArchiveClassesAtExit=" + part)
                .orElse("-XX:SharedArchiveFile=" + archive));
        // An archive the JVM cannot use (a damaged file, say) is dropped; the start is then as without it, not noisier.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + LAUNCHED_AT + "=" + start.startedAtMillis().getAsLong());
        command.addAll(List.of("-cp", jar.toString(), Launcher.class.getName()));
        return Optional.of(new TunedJvmRelaunch(command, archive, recording));
    }

    /**
     * The first JVM's start, from which start-up is counted: this JVM's own, unless it was relaunched.
     */
    static long launchedAtMillis() {
        String launchedAt = System.getProperty(LAUNCHED_AT);
        return launchedAt != null ? Long.parseLong(launchedAt) : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    List<String> command() {
        return command;
    }

    Path archive() {
        return archive;
    }

    /**
     * Runs the console in the second JVM, with this one's console, input and output, and returns its exit status.
     * Stopping this JVM stops that one, and waits for it, so that a recorded archive is kept.
     *
     * @throws IOException when the second JVM cannot be started (nothing has run then)
     */
    int run() throws IOException, InterruptedException {
        Files.createDirectories(archive.getParent());
        Process console = new ProcessBuilder(command).inheritIO().start();
        Thread stopConsole = new Thread(() -> {
            console.destroy();
            try {
                if (console.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    settle(console.exitValue());
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "stop-console");
        Runtime.getRuntime().addShutdownHook(stopConsole);
        int status = console.waitFor();
        settle(status);
        try {
            Runtime.getRuntime().removeShutdownHook(stopConsole);
        } catch (IllegalStateException shuttingDown) {
            // This JVM is being stopped: the hook already waits for the console.
        }
        return status;
    }

    /**
     * Keeps a recorded archive, whole, under its final name, once: after the console's end or a stop, whichever comes
     * first. Synchronized, so that a stop's hook, which this JVM's end waits for, also waits for a move under way.
     */
    private synchronized void settle(int exitStatus) {
        if (recording.isEmpty() || settled) {
            return;
        }
        settled = true;
        Path part = recording.get();
        try {
            if (ORDERLY_EXITS.contains(exitStatus) && Files.isRegularFile(part) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOtherArchives();
            } else {
                Files.deleteIfExists(part);
            }
        } catch (IOException cacheProblem) {
            // The archive is a cache: without it the next start records another.
        }
    }

    /**
     * Archives of earlier jars or runtimes are never used again, and a recording whose JVM is gone was never kept
     * (its first JVM was killed).
     */
    private void removeOtherArchives() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), "console-*")) {
            for (Path other : files) {
                if (!other.equals(archive) && !isLiveRecording(other)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static boolean isLiveRecording(Path file) {
        Matcher part = RECORDING.matcher(file.getFileName().toString());
        return part.matches() && ProcessHandle.of(Long.parseLong(part.group(1))).map(ProcessHandle::isAlive).orElse(false);
    }

    /** JDK 17 ties a dynamic archive to the jar's path, size and time, and to the runtime that recorded it. */
    private static String archiveKey(Start start, Path jar) {
        String identity = String.join("\n", jar.toString(), Long.toString(start.jarSize()),
                Long.toString(start.jarModifiedMillis()), start.javaHome().toAbsolutePath().normalize().toString(),
                start.vmVersion());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** $XDG_CACHE_HOME/checkout-console/jvm, else ~/.cache/checkout-console/jvm. */
    static Path cacheDir(Map<String, String> environment, String userHome) {
        String cacheHome = environment.get("XDG_CACHE_HOME");
        Path base = isSet(cacheHome) ? Path.of(cacheHome.trim()) : Path.of(userHome, ".cache");
        return base.resolve("checkout-console").resolve("jvm").toAbsolutePath().normalize();
    }

    private static Optional<Path> consoleJar() {
        CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
