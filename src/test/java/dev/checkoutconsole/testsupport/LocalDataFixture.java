package dev.checkoutconsole.testsupport;

import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.LocalPaths;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real local data folder (SQLite database and config) in a temporary directory for one test class:
 * {@code @RegisterExtension static LocalDataFixture local = new LocalDataFixture();}. Deleted afterwards.
 */
public final class LocalDataFixture implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private LocalData data;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("checkout-console-test");
        data = LocalData.open(new LocalPaths(folder.resolve("data"), folder.resolve("config")), Clock.systemUTC());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        data.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalData data() {
        return data;
    }
}
