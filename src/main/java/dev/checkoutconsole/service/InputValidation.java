package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.InvalidInputException;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The input rules shared by the CLI and the GUI, so both refuse the same things with the same message before
 * any request is sent. Every failure names the field.
 */
public final class InputValidation {
    /** CONOMY-API.md §2.4: a link or session lives at least 30 seconds. */
    public static final int MIN_DURATION_SECONDS = 30;
    private static final int MAX_OPERATOR_LENGTH = 100;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /**
     * The currencies the API takes (CONOMY-API.md §3.10): not every ISO 4217 code (JPY is refused), and two
     * stablecoins that are not ISO codes at all.
     */
    public static final Set<String> API_CURRENCIES = Set.of("CLP", "MXN", "COP", "PEN", "BOB", "PYG", "AUD", "ARS",
            "BRL", "USD", "CAD", "EUR", "GBP", "USDC", "USDT");

    private InputValidation() {
    }

    public static int nonNegativeInt(String field, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, "must be a non-negative whole number, not '" + text + "'");
        }
        return Integer.parseInt(trimmed);
    }

    public static int duration(String field, int seconds) {
        if (seconds < MIN_DURATION_SECONDS) {
            throw new InvalidInputException(field, "must be at least " + MIN_DURATION_SECONDS + " seconds, not " + seconds);
        }
        return seconds;
    }

    /** A currency the API takes (one of {@link #API_CURRENCIES}), returned in upper case. */
    public static String currency(String field, String text) {
        String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!API_CURRENCIES.contains(code)) {
            throw new InvalidInputException(field, "must be a currency the API takes (" + String.join(", ",
                    new TreeSet<>(API_CURRENCIES)) + "), not '" + text + "'");
        }
        return code;
    }

    /** An absolute http or https URL. */
    public static String httpUrl(String field, String text) {
        try {
            URI uri = new URI(text == null ? "" : text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // falls through to the one message below
        }
        throw new InvalidInputException(field, "must be an http(s) URL, not '" + text + "'");
    }

    /** An e-mail address: something, an @, and a domain with a dot. */
    public static String email(String field, String text) {
        String address = text == null ? "" : text.trim();
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidInputException(field, "must be an e-mail address such as jane@example.com, not '" + text + "'");
        }
        return address;
    }

    /**
     * The name of the person acting, as every audit entry records it. Checked when a profile is saved as well as when
     * acting, so a profile is never saved with an operator it could not then be used with.
     */
    public static String operator(String text) {
        String name = required("operator", text);
        if (name.length() > MAX_OPERATOR_LENGTH) {
            throw new InvalidInputException("operator", "must be at most " + MAX_OPERATOR_LENGTH + " characters, not " + name.length());
        }
        return name;
    }

    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return text.trim();
    }

    /** A positive amount written with at most the currency's decimals (none for CLP). */
    public static BigDecimal amount(String field, String text, String currency) {
        BigDecimal amount = positiveDecimal(field, text);
        int decimals = Money.decimalsOf(currency);
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new InvalidInputException(field, currency + " amounts have "
                    + (decimals == 0 ? "no decimals" : "at most " + decimals + " decimals") + ", not '" + text.trim() + "'");
        }
        return amount;
    }

    /** A positive decimal amount such as 150.00, kept exact. */
    public static BigDecimal positiveDecimal(String field, String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(required(field, text));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a decimal number such as 150.00, not '" + text + "'");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "must be positive, not " + text.trim());
        }
        return amount;
    }

    /** One of an enum's values, in any case, returned as the API spells it. Several may be joined by commas. */
    public static <E extends Enum<E>> String oneOf(String field, Class<E> values, String text) {
        StringBuilder canonical = new StringBuilder();
        for (String part : required(field, text).split(",")) {
            E match = null;
            for (E value : values.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(part.trim())) {
                    match = value;
                }
            }
            if (match == null) {
                throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(values.getEnumConstants())
                        + ", not '" + part.trim() + "'");
            }
            canonical.append(canonical.length() == 0 ? "" : ",").append(match.name());
        }
        return canonical.toString();
    }
}
