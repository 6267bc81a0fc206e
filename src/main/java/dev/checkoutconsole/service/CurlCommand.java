package dev.checkoutconsole.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.api.model.ModelJson;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a logged exchange into a curl command a developer can paste into a shell. Secrets are never in it: the API
 * key, the access token and the client secret become $CONOMY_API_KEY, $CONOMY_ACCESS_TOKEN and
 * $CONOMY_CLIENT_SECRET, which the shell fills in from the environment.
 */
public final class CurlCommand {
    private static final Map<String, String> SECRET_HEADERS = Map.of(
            "authorization", "Bearer $CONOMY_ACCESS_TOKEN",
            "x-api-key", "$CONOMY_API_KEY");
    private static final Map<String, String> SECRET_BODY_FIELDS = Map.of(
            "clientSecret", "$CONOMY_CLIENT_SECRET",
            "accessToken", "$CONOMY_ACCESS_TOKEN");
    /** Headers curl sets itself or that say nothing about the request. */
    private static final Set<String> LEFT_OUT = Set.of("content-length", "host", "connection", "accept-encoding");

    private CurlCommand() {
    }

    public static String of(HttpExchange exchange) {
        StringBuilder command = new StringBuilder("curl -X ").append(exchange.method()).append(' ')
                .append(singleQuoted(exchange.url()));
        for (HttpHeader header : exchange.requestHeaders()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            String secret = SECRET_HEADERS.get(name);
            command.append(" \\\n  -H ").append(secret != null
                    ? doubleQuoted(header.name() + ": ", secret)
                    : singleQuoted(header.name() + ": " + header.value()));
        }
        String body = exchange.requestBody();
        if (body != null && !body.isEmpty()) {
            command.append(" \\\n  --data ").append(bodyArgument(body));
        }
        return command.toString();
    }

    /** A JSON body with secret fields gets them as shell variables inside double quotes; any other body as it is. */
    private static String bodyArgument(String body) {
        JsonNode json;
        try {
            json = ModelJson.mapper().readTree(body);
        } catch (JsonProcessingException notJson) {
            return singleQuoted(body);
        }
        if (!(json instanceof ObjectNode object) || SECRET_BODY_FIELDS.keySet().stream().noneMatch(object::has)) {
            return singleQuoted(body);
        }
        ObjectNode withPlaceholders = object.deepCopy();
        Map<String, String> placeholders = new java.util.HashMap<>();
        SECRET_BODY_FIELDS.forEach((field, variable) -> {
            if (withPlaceholders.has(field)) {
                String marker = "@@" + field + "@@";
                withPlaceholders.put(field, marker);
                placeholders.put(marker, variable);
            }
        });
        String escaped = escapeForDoubleQuotes(withPlaceholders.toString());
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            escaped = escaped.replace(placeholder.getKey(), placeholder.getValue());
        }
        return "\"" + escaped + "\"";
    }

    private static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** A literal prefix followed by a shell variable, both inside one double-quoted word. */
    private static String doubleQuoted(String literal, String variable) {
        return "\"" + escapeForDoubleQuotes(literal) + variable + "\"";
    }

    private static String escapeForDoubleQuotes(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
    }
}
