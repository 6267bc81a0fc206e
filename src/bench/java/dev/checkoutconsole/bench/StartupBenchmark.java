package dev.checkoutconsole.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the console from {@code target/checkout-console.jar} in a fresh JVM with no JVM options several times (given
 * by {@code -cp}, not {@code -jar}, so {@code TunedJvmRelaunch} stays out: it measures the console in one untuned JVM),
 * and reads the {@code ready in N ms} line it logs once the first page of sessions is on screen (counted from JVM
 * start, embedded sandbox included). By default it runs on the headless Monocle platform (its jar is added to the
 * class path); pass {@code --display} to use the real desktop toolkit (for example under xvfb-run).
 *
 * <pre>mvn -Pbench -DskipTests -Dbench=StartupBenchmark package exec:exec [-Dbench.args="--runs 7 --display"]</pre>
 */
public final class StartupBenchmark {
    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        boolean display = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--display" -> display = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long[] readyNanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long ready = startOnce(display).orElseThrow(() -> new IllegalStateException("the console never logged 'ready in N ms'"));
            readyNanos[run] = TimeUnit.MILLISECONDS.toNanos(ready);
            System.out.println("run " + (run + 1) + ": ready in " + ready + " ms");
        }
        System.out.println(new BenchStats("start-up to first page (" + (display ? "desktop" : "Monocle headless") + ")", readyNanos));
    }

    /** The headless platform is a test dependency, so it is on this harness's class path but not in the jar. */
    private static String monocleJar() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("openjfx-monocle is not on the test class path"));
    }

    private static Optional<Long> startOnce(boolean display) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("startup-bench");
        Path jar = Path.of("target", "checkout-console.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark with the package phase (see the class comment)");
        }
        String classPath = display ? jar.toString() : jar + java.io.File.pathSeparator + monocleJar();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1200-32"));
        }
        command.add("dev.checkoutconsole.app.Launcher");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // A fresh user each run: no saved window, filters or profiles, as on a first start.
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    return Optional.of(Long.parseLong(ready.group(1)));
                }
            }
            return Optional.empty();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
