package dev.checkoutconsole.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProductVersionTest {

    @Test
    void theBuildFillsInTheVersion() {
        assertThat(ProductVersion.current()).matches("\\d+\\.\\d+\\.\\d+([-.].+)?");
        assertThat(ProductVersion.userAgent()).isEqualTo("checkout-console/" + ProductVersion.current());
    }

    @Test
    void anUnfilteredPlaceholderReadsAsUnknown() throws Exception {
        assertThat(ProductVersion.read(stream("version=${project.version}\n"))).isEqualTo(ProductVersion.UNKNOWN);
        assertThat(ProductVersion.read(stream("other=1\n"))).isEqualTo(ProductVersion.UNKNOWN);
        assertThat(ProductVersion.read(stream("version = 2.3.4-SNAPSHOT \n"))).isEqualTo("2.3.4-SNAPSHOT");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
