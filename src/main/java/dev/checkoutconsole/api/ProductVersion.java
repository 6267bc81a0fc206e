package dev.checkoutconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product's version, read once from the resource the build fills in (checkout-console-version.properties,
 * version=${project.version}). The User-Agent, the GUI and the CLI's --version all take it from here.
 */
public final class ProductVersion {
    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/checkout-console-version.properties";
    private static final String CURRENT = readBundled();

    private ProductVersion() {
    }

    /** The version, e.g. 0.1.0; "unknown" when run from sources the build has not processed. */
    public static String current() {
        return CURRENT;
    }

    /** The User-Agent every request sends: checkout-console/&lt;version&gt;. */
    public static String userAgent() {
        return "checkout-console/" + CURRENT;
    }

    private static String readBundled() {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            return in == null ? UNKNOWN : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The version in a properties stream; an unfiltered placeholder or a missing value reads as unknown. */
    static String read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").trim();
        return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
    }
}
