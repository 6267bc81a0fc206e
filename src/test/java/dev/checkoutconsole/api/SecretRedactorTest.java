package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.api.model.ModelJson;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.checkoutconsole.api.SecretRedactor.MARKER;
import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTest {
    private static final String API_KEY = "canary-api-key-5b1e";
    private final SecretRedactor redactor = new SecretRedactor(List.of(API_KEY));

    @Test
    void secretHeadersAreMaskedWhateverTheirCase() {
        Headers headers = new Headers.Builder()
                .add("Authorization", "Bearer abc.def.ghi")
                .add("X-Api-Key", "short")
                .add("Cookie", "session=1")
                .add("Accept", "application/json")
                .build();

        assertThat(redactor.headers(headers)).containsExactly(
                new HttpHeader("Authorization", MARKER), new HttpHeader("X-Api-Key", MARKER),
                new HttpHeader("Cookie", MARKER), new HttpHeader("Accept", "application/json"));
    }

    @Test
    void secretFieldsAreMaskedAtAnyDepthAndTheRestIsKept() throws Exception {
        String body = """
                {"clientId":"id-1","clientSecret":"s3cr3t",
                 "nested":{"list":[{"accessToken":"tok"},{"access_token":{"deep":"tok2"}}]},
                 "client-secret":["a","b"],"accessTokenCount":2,"amount":"150.00"}
                """;

        String redacted = redactor.body(body);

        assertThat(ModelJson.mapper().readTree(redacted)).isEqualTo(ModelJson.mapper().readTree("""
                {"clientId":"id-1","clientSecret":"[REDACTED]",
                 "nested":{"list":[{"accessToken":"[REDACTED]"},{"access_token":"[REDACTED]"}]},
                 "client-secret":"[REDACTED]","accessTokenCount":2,"amount":"150.00"}
                """));
    }

    @Test
    void aBodyThatIsNotJsonIsMaskedByPattern() {
        String form = "client_id=id-1&client_secret=s3cr3t&grant=x";
        String cut = "{\"clientId\":\"id-1\",\"clientSecret\":\"s3cr3t\",\"accessToken\":\"tok";
        String text = "accessToken: tok123 and apiKey=k2";

        assertThat(redactor.body(form)).isEqualTo("client_id=id-1&client_secret=\"[REDACTED]\"&grant=x");
        assertThat(redactor.body(cut)).doesNotContain("s3cr3t").doesNotContain("tok").contains("\"clientId\":\"id-1\"");
        assertThat(redactor.body(text)).isEqualTo("accessToken: \"[REDACTED]\" and apiKey=\"[REDACTED]\"");
    }

    @Test
    void knownSecretValuesAreRemovedFromAnyText() {
        redactor.remember("learnt-token-value-99");

        assertThat(redactor.text("key " + API_KEY + " and token learnt-token-value-99 echoed"))
                .isEqualTo("key [REDACTED] and token [REDACTED] echoed");
        assertThat(redactor.body("{\"detail\":\"bad key " + API_KEY + "\"}")).isEqualTo("{\"detail\":\"bad key [REDACTED]\"}");
        assertThat(redactor.headers(Headers.of("x-echo", API_KEY))).containsExactly(new HttpHeader("x-echo", MARKER));
    }

    @Test
    void valuesTooShortToBeSafelyRecognisedAreNotScrubbedFromText() {
        SecretRedactor shortKey = new SecretRedactor(List.of("abc"));

        assertThat(shortKey.text("abcdef")).isEqualTo("abcdef");
    }

    @Test
    void emptyAndNullBodiesStayAsTheyAre() {
        assertThat(redactor.body(null)).isNull();
        assertThat(redactor.body("")).isEmpty();
        assertThat(redactor.text(null)).isNull();
    }
}
