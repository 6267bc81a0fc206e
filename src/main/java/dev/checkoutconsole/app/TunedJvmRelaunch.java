package dev.checkoutconsole.app;

import java.io.File;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Runs the console in a second JVM that has the packaged launcher's tuning, when its own JVM was started without it:
 * a bare {@code java -jar checkout-console.jar}, or {@code mvn javafx:run}. Without the tuning the console needs about
 * 3 s to its first page on two cores instead of under 2 (README, Benchmarks): its 2,500 start-up classes are read and
 * verified at every start, and C2 keeps a core busy on code that runs only while starting. The second JVM runs the
 * same classes on the same runtime with C2's raised thresholds and a class-data archive of the classes. The archive
 * lives in the user's cache folder; the first start records it when its JVM exits, and changed classes, class path or
 * runtime get a new one.
 *
 * <p>A jar cannot carry JVM options, so a {@code java -jar} start is relaunched only when bare: whoever gives the JVM
 * any option has chosen their JVM, to debug or profile it for instance. javafx:run gives the pom's options, C2's
 * thresholds among them, and asks for the relaunch ({@value #RELAUNCH_CLASS_FOLDER}): JDK 17 archives no classes of
 * a class path with a folder on it, so the second JVM runs the same options on a jar packed from
 * {@code target/classes} ({@link ClassFolderJar}). Either start runs as started when JDK_JAVA_OPTIONS,
 * JAVA_TOOL_OPTIONS or _JAVA_OPTIONS is set, or when the JVM has an agent (a debugger's or a profiler's).
 */
final class TunedJvmRelaunch {
    /** Set on the second JVM: the first JVM's start (epoch ms), from which {@code ready in N ms} counts. */
    static final String LAUNCHED_AT = "checkout-console.launchedAt";
    /** Set by javafx:run (pom.xml): relaunch this start from a class folder. */
    static final String RELAUNCH_CLASS_FOLDER = "checkout-console.relaunchClassFolder";
    /** The same thresholds as javafx:run's (pom.xml) and the packaged launcher's (installer/build.sh). */
    static final List<String> C2_THRESHOLDS = List.of("-XX:Tier4InvocationThreshold=500000",
            "-XX:Tier4MinInvocationThreshold=60000", "-XX:Tier4CompileThreshold=1500000",
            "-XX:Tier4BackEdgeThreshold=4000000");
    private static final Set<String> OPTION_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    private static final List<String> AGENT_OPTIONS = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp");
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");
    private static final Set<String> MODULE_PATH_OPTIONS = Set.of("-p", "--module-path");
    /** A JVM that ends on System.exit(0), SIGINT or SIGTERM has written its archive; a killed or crashed one may not. */
    private static final Set<Integer> ORDERLY_EXITS = Set.of(0, 130, 143);
    private static final long STOP_WAIT_SECONDS = 60;
    /** What a start is writing carries its first JVM's pid: {@code console-<key>.jsa.<pid>.part}, or {@code .jar.}. */
    private static final Pattern IN_THE_WRITING = Pattern.compile("console-(\\p{XDigit}+)\\.(jsa|jar)\\.(\\d+)\\.part");

    private final List<String> command;
    private final Path archive;
    private final Optional<Path> recording;
    private final Optional<ClassFolder> classFolder;
    private final long pid;
    private boolean settled;

    /** A class folder whose classes the second JVM runs from {@code jar}, packed by the first start that needs it. */
    private record ClassFolder(Path folder, Path jar) {
    }

    private TunedJvmRelaunch(List<String> command, Path archive, Optional<Path> recording,
                             Optional<ClassFolder> classFolder, long pid) {
        this.command = List.copyOf(command);
        this.archive = archive;
        this.recording = recording;
        this.classFolder = classFolder;
        this.pid = pid;
    }

    /**
     * What this JVM knows of how it was started. {@code arguments} are the JVM's own command-line arguments (empty
     * when the platform does not tell them); {@code classes} is the jar or the folder the console's classes come
     * from; {@code classFolderRelaunch} is javafx:run's request; {@code packaged} is a start by the jpackage
     * launcher, which has the options already; {@code relaunched} is the second JVM itself. The arguments and the pid
     * are read only when the flags leave a relaunch possible, and {@code startedAtMillis} only for a relaunch: the
     * process handle costs a start that is not relaunched (the packaged one, and the second JVM) some 15 ms, the
     * management bean some 20. The options are HotSpot's, so another VM (its name does not end in "Server VM", OpenJ9's for one) runs
     * the console as started.
     */
    record Start(Supplier<Optional<List<String>>> arguments, Map<String, String> environment, Optional<Path> classes,
                 Path javaHome, String vmName, String vmVersion, Path cacheDir, boolean classFolderRelaunch,
                 boolean packaged, boolean relaunched, LongSupplier startedAtMillis, LongSupplier pid) {
    }

    /** The relaunch of this JVM, when it is a bare {@code java -jar} or a javafx:run start of the console. */
    static Optional<TunedJvmRelaunch> ofThisJvm() {
        Map<String, String> environment = System.getenv();
        try {
            return planned(new Start(() -> ProcessHandle.current().info().arguments().map(List::of), environment,
                    consoleClasses(), Path.of(System.getProperty("java.home")), System.getProperty("java.vm.name"),
                    System.getProperty("java.vm.version"), cacheDir(environment, System.getProperty("user.home")),
                    Boolean.getBoolean(RELAUNCH_CLASS_FOLDER), System.getProperty("jpackage.app-path") != null,
                    System.getProperty(LAUNCHED_AT) != null,
                    () -> ManagementFactory.getRuntimeMXBean().getStartTime(), () -> ProcessHandle.current().pid()));
        } catch (InvalidPathException unusablePath) {
            return Optional.empty();
        }
    }

    /**
     * The relaunch a start calls for: {@code java -jar <the console's jar>} and nothing else, or javafx:run's request
     * with the console's class folder on the class path; none otherwise.
     */
    static Optional<TunedJvmRelaunch> planned(Start start) {
        if (start.packaged() || start.relaunched() || start.classes().isEmpty() || !start.vmName().endsWith("Server VM")
                || OPTION_VARIABLES.stream().anyMatch(name -> isSet(start.environment().get(name)))) {
            return Optional.empty();
        }
        Optional<List<String>> toldArguments = start.arguments().get();
        if (toldArguments.isEmpty() || toldArguments.get().stream().anyMatch(TunedJvmRelaunch::isAgent)) {
            return Optional.empty();
        }
        Path classes = start.classes().get().toAbsolutePath().normalize();
        List<String> arguments = toldArguments.get();
        if (Files.isRegularFile(classes)) {
            return plannedForJar(start, classes, arguments);
        }
        return Files.isDirectory(classes) && start.classFolderRelaunch()
                ? plannedForClassFolder(start, classes, arguments)
                : Optional.empty();
    }

    private static Optional<TunedJvmRelaunch> plannedForJar(Start start, Path jar, List<String> arguments) {
        if (!isBareStartOf(jar, arguments)) {
            return Optional.empty();
        }
        List<String> options = concat(C2_THRESHOLDS, List.of("-cp", jar.toString()));
        return Optional.of(planned(start, key(start, options, List.of(jar.toString())), options, Optional.empty()));
    }

    /** javafx:run's own options, with the class folder on the class path replaced by a jar packed from it. */
    private static Optional<TunedJvmRelaunch> plannedForClassFolder(Start start, Path folder, List<String> arguments) {
        if (arguments.isEmpty() || !arguments.get(arguments.size() - 1).equals(Launcher.class.getName())) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, arguments.size() - 1);
        int classPathAt = valueIndex(options, CLASS_PATH_OPTIONS);
        List<String> classPath = classPathAt < 0 ? List.of() : splitPath(options.get(classPathAt));
        int folderAt = classPath.indexOf(folder.toString());
        if (folderAt < 0) {
            return Optional.empty();
        }
        int modulePathAt = valueIndex(options, MODULE_PATH_OPTIONS);
        List<String> pathEntries = concat(classPath,
                modulePathAt < 0 ? List.of() : splitPath(options.get(modulePathAt)));
        // The jar and its archive share a key: what both depend on, so that the pair is replaced together.
        String key = key(start, options, pathEntries);
        Path jar = start.cacheDir().resolve("console-" + key + ".jar");
        List<String> jarClassPath = new ArrayList<>(classPath);
        jarClassPath.set(folderAt, jar.toString());
        List<String> jarOptions = new ArrayList<>(options);
        jarOptions.set(classPathAt, String.join(File.pathSeparator, jarClassPath));
        return Optional.of(planned(start, key, jarOptions, Optional.of(new ClassFolder(folder, jar))));
    }

    private static TunedJvmRelaunch planned(Start start, String key, List<String> options,
                                            Optional<ClassFolder> classFolder) {
        long pid = start.pid().getAsLong();
        Path archive = start.cacheDir().resolve("console-" + key + ".jsa");
        boolean archived = Files.isRegularFile(archive)
                && classFolder.map(packed -> Files.isRegularFile(packed.jar())).orElse(true);
        Optional<Path> recording = archived
                ? Optional.empty()
                : Optional.of(start.cacheDir().resolve(archive.getFileName() + "." + pid + ".part"));
        List<String> command = new ArrayList<>();
        command.add(start.javaHome().resolve("bin").resolve("java").toString());
        command.addAll(options);
        command.add(recording.map(part -> "-XX:ArchiveClassesAtExit=" + part)
                .orElse("-XX:SharedArchiveFile=" + archive));
        // An archive the JVM cannot use (a damaged file, say) is dropped; the start is then as without it, not noisier.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + LAUNCHED_AT + "=" + start.startedAtMillis().getAsLong());
        command.add(Launcher.class.getName());
        return new TunedJvmRelaunch(command, archive, recording, classFolder, pid);
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
        if (classFolder.isPresent() && !Files.isRegularFile(classFolder.get().jar())) {
            ClassFolderJar.pack(classFolder.get().folder(), classFolder.get().jar(), pid);
        }
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
     * Archives and packed jars of earlier classes or runtimes are never used again, and what a start was writing when
     * its first JVM died was never kept. Another start's live recording keeps its key's files.
     */
    private void removeOtherArchives() throws IOException {
        Set<String> keptKeys = new HashSet<>();
        keptKeys.add(keyOf(archive.getFileName().toString()));
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), "console-*")) {
            for (Path file : files) {
                Matcher writing = IN_THE_WRITING.matcher(file.getFileName().toString());
                if (writing.matches() && isAlive(Long.parseLong(writing.group(3)))) {
                    keptKeys.add(writing.group(1));
                } else {
                    others.add(file);
                }
            }
        }
        for (Path other : others) {
            if (!keptKeys.contains(keyOf(other.getFileName().toString()))) {
                Files.deleteIfExists(other);
            }
        }
    }

    /** The key in {@code console-<key>.<anything>}. */
    private static String keyOf(String fileName) {
        int dot = fileName.indexOf('.');
        return fileName.substring("console-".length(), dot < 0 ? fileName.length() : dot);
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * JDK 17 ties a dynamic archive to the runtime that recorded it and to the path, size and time of every jar on
     * the class and module paths: the key has these, the second JVM's options, and each file of a class folder. It is
     * made at every start, before the console's JVM starts, so cheaply: in a JVM that has just started, java.io.File
     * walks javafx:run's class folder in 8 ms where Files.walk took 30 to 40, and two CRCs take 3 ms where SHA-256
     * took 30 to 40. Nobody chooses what is hashed, so 64 bits keep apart what they need to.
     */
    private static String key(Start start, List<String> options, List<String> pathEntries) {
        StringBuilder identity = new StringBuilder()
                .append(start.javaHome().toAbsolutePath().normalize()).append('\n')
                .append(start.vmVersion()).append('\n')
                .append(String.join("\0", options)).append('\n');
        for (String entry : pathEntries) {
            appendIdentity(identity, new File(entry));
        }
        byte[] bytes = identity.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        return HexFormat.of().toHexDigits(crc32.getValue() << 32 | crc32c.getValue());
    }

    /** A file's path, size and time, or those of each file in a folder; a missing one counts as such. */
    private static void appendIdentity(StringBuilder identity, File entry) {
        File[] folderEntries = entry.listFiles();
        if (folderEntries == null) {
            identity.append(entry).append(' ').append(entry.length()).append(' ').append(entry.lastModified())
                    .append('\n');
            return;
        }
        Arrays.sort(folderEntries);
        for (File folderEntry : folderEntries) {
            appendIdentity(identity, folderEntry);
        }
    }

    private static boolean isBareStartOf(Path jar, List<String> arguments) {
        return arguments.size() == 2 && arguments.get(0).equals("-jar")
                && Path.of(arguments.get(1)).toAbsolutePath().normalize().equals(jar);
    }

    private static boolean isAgent(String argument) {
        return AGENT_OPTIONS.stream().anyMatch(argument::startsWith);
    }

    /** Where the value of the last of {@code names} is among the options; -1 when none is there. */
    private static int valueIndex(List<String> options, Set<String> names) {
        for (int i = options.size() - 2; i >= 0; i--) {
            if (names.contains(options.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static List<String> splitPath(String path) {
        List<String> entries = new ArrayList<>();
        for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return entries;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** $XDG_CACHE_HOME/checkout-console/jvm, else ~/.cache/checkout-console/jvm. */
    static Path cacheDir(Map<String, String> environment, String userHome) {
        String cacheHome = environment.get("XDG_CACHE_HOME");
        Path base = isSet(cacheHome) ? Path.of(cacheHome.trim()) : Path.of(userHome, ".cache");
        return base.resolve("checkout-console").resolve("jvm").toAbsolutePath().normalize();
    }

    private static Optional<Path> consoleClasses() {
        CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
