package dev.checkoutconsole.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.api.model.ModelJson;
import okhttp3.Headers;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from what the client shows: secret headers, secret JSON fields at any depth, and, anywhere in
 * any text, the literal values of the secrets this client knows (its API key, client secret and access tokens),
 * in case a server echoes one back in an unexpected place.
 */
final class SecretRedactor {
    static final String MARKER = "[REDACTED]";

    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
    /** Field names compared lower-case without '_' and '-', so client_secret and x-api-key match too. */
    private static final Set<String> SECRET_FIELDS =
            Set.of("clientsecret", "accesstoken", "apikey", "xapikey", "secretkey");
    /**
     * The same fields in a body that is not valid JSON (a form, a cut-off text): name, separator, then a quoted
     * value (possibly cut off at the end of the body) or a bare word.
     */
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(\"?(?:client[_-]?secret|access[_-]?token|x-api-key|api[_-]?key|secret[_-]?key)\"?\\s*[:=]\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|[^\\s&,;}\"]+)",
            Pattern.CASE_INSENSITIVE);
    /** Shorter values are too likely to occur by chance to be scrubbed from free text. */
    static final int MIN_LITERAL_LENGTH = 8;

    private static final JsonFactory JSON = ModelJson.mapper().getFactory();

    private final Set<String> knownSecrets = new CopyOnWriteArraySet<>();

    SecretRedactor(Collection<String> secrets) {
        secrets.forEach(this::remember);
    }

    /** Adds a secret learnt later, such as an access token just obtained. */
    void remember(String secret) {
        if (secret != null && secret.length() >= MIN_LITERAL_LENGTH) {
            knownSecrets.add(secret);
        }
    }

    List<HttpHeader> headers(Headers headers) {
        List<HttpHeader> redacted = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            redacted.add(new HttpHeader(name, secret ? MARKER : text(headers.value(i))));
        }
        return redacted;
    }

    /** A request or response body: JSON is copied with secret fields masked; anything else is masked by pattern. */
    String body(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        String masked;
        try {
            masked = redactJson(body);
        } catch (IOException notJson) {
            masked = redactAssignments(body);
        }
        return text(masked);
    }

    /** Free text (an error detail, a header value): replaces every known secret value. */
    String text(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : knownSecrets) {
            result = result.replace(secret, MARKER);
        }
        return result;
    }

    private static String redactJson(String body) throws IOException {
        StringWriter out = new StringWriter(body.length());
        try (JsonParser parser = JSON.createParser(body); JsonGenerator generator = JSON.createGenerator(out)) {
            if (parser.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            do {
                generator.copyCurrentEvent(parser);
                if (parser.currentToken() == JsonToken.FIELD_NAME && isSecretField(parser.currentName())) {
                    parser.nextToken();
                    parser.skipChildren();
                    generator.writeString(MARKER);
                }
            } while (parser.nextToken() != null);
        }
        return out.toString();
    }

    private static boolean isSecretField(String name) {
        return SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }

    private static String redactAssignments(String body) {
        Matcher matcher = SECRET_ASSIGNMENT.matcher(body);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "\"" + MARKER + "\""));
    }
}
