package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the create-checkout-session body (CONOMY-API.md §2.4) into an Offer: the full documented form, or the
 * console's short form {checkoutToken, currency, duration, successUrl, failedUrl}, which the sandbox completes
 * with a default item, the currency's usual methods and a sandbox merchant.
 */
final class OfferReader {
    static final int MIN_DURATION_SECONDS = 30;
    private static final List<String> OWNER_FIELDS = List.of("identityId", "name", "lastname", "nickname",
            "documentNumber", "entityType");
    static final String SANDBOX_MERCHANT_IDENTITY = "5a0d1e000000000000000001";
    static final String SANDBOX_MERCHANT_HOLDER = "Sandbox Merchant SpA";

    private OfferReader() {
    }

    /** True when the body carries the offer itself rather than only a payment link's token. */
    static boolean describesOffer(JsonNode body) {
        return Fields.present(body, "items") || Fields.present(body, "currency") || Fields.present(body, "duration");
    }

    static Offer read(JsonNode body) {
        String currency = currency(body);
        int duration = duration(body);
        String successUrl = Fields.optionalText(body, "successUrl", "successUrl");
        String failedUrl = Fields.optionalText(body, "failedUrl", "failedUrl");
        List<String> requirements = customerRequirements(body);
        if (!Fields.present(body, "items")) {
            return shortForm(currency, duration, requirements, successUrl, failedUrl);
        }
        List<Item> items = items(body);
        List<String> methods = methods(body);
        List<Destination> destinations = destinations(body, currency);
        ObjectNode owner = owner(body);
        return new Offer(currency, items, methods, destinations, requirements, owner, successUrl, failedUrl, duration);
    }

    private static Offer shortForm(String currency, int duration, List<String> requirements, String successUrl, String failedUrl) {
        BigDecimal amount = Currencies.decimals(currency) == 0 ? new BigDecimal("10000") : new BigDecimal("100.00");
        Item item = new Item("Sandbox checkout", amount, amount, null);
        Destination destination = new Destination(null, null, amount, "CHECKING", currency,
                "sandbox-" + currency.toLowerCase(java.util.Locale.ROOT) + "-0001", SANDBOX_MERCHANT_HOLDER, null);
        ObjectNode owner = JsonNodeFactory.instance.objectNode().put("identityId", SANDBOX_MERCHANT_IDENTITY);
        return new Offer(currency, List.of(item), Currencies.payInMethods(currency), List.of(destination), requirements,
                owner, successUrl, failedUrl, duration);
    }

    private static String currency(JsonNode body) {
        String currency = Fields.requiredText(body, "currency", "currency");
        if (!Currencies.KNOWN.contains(currency)) {
            throw ApiProblem.invalidParam("currency", "must be an ISO-4217 code the API supports, not '" + currency + "'");
        }
        return currency;
    }

    private static int duration(JsonNode body) {
        Integer duration = Fields.optionalInteger(body, "duration", "duration");
        if (duration == null) {
            throw ApiProblem.missingParam("duration");
        }
        if (duration < MIN_DURATION_SECONDS) {
            throw ApiProblem.invalidParam("duration", "must be at least " + MIN_DURATION_SECONDS + " seconds, not " + duration);
        }
        return duration;
    }

    private static List<String> customerRequirements(JsonNode body) {
        List<String> requirements = new ArrayList<>();
        JsonNode node = body.get("customerRequirements");
        if (node == null || node.isNull()) {
            return requirements;
        }
        if (!node.isArray()) {
            throw ApiProblem.invalidParam("customerRequirements", "must be a list");
        }
        for (int i = 0; i < node.size(); i++) {
            String value = node.get(i).asText();
            if (!Enums.CUSTOMER_FIELDS.contains(value)) {
                throw ApiProblem.invalidParam("customerRequirements[" + i + "]", "must be one of " + Enums.CUSTOMER_FIELDS + ", not '" + value + "'");
            }
            if (!requirements.contains(value)) {
                requirements.add(value);
            }
        }
        return requirements;
    }

    private static List<Item> items(JsonNode body) {
        JsonNode node = Fields.requiredArray(body, "items", "items", 1);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = "items[" + i + "]";
            if (!item.isObject()) {
                throw ApiProblem.invalidParam(path, "must be an object");
            }
            BigDecimal preTax = Fields.requiredAmount(item, "preTaxAmount", path + ".preTaxAmount");
            BigDecimal total = Fields.requiredAmount(item, "totalAmount", path + ".totalAmount");
            String description = Fields.requiredText(item, "description", path + ".description");
            ObjectNode tax = null;
            if (Fields.present(item, "tax")) {
                JsonNode given = Fields.requiredObject(item, "tax", path + ".tax");
                tax = JsonNodeFactory.instance.objectNode()
                        .put("name", Fields.requiredText(given, "name", path + ".tax.name"))
                        .put("type", Fields.requiredEnum(given, "type", path + ".tax.type", List.of("FIXED", "PERCENTAGE")))
                        .put("value", Fields.requiredText(given, "value", path + ".tax.value"))
                        .put("amount", Fields.requiredAmount(given, "amount", path + ".tax.amount").toPlainString());
            }
            items.add(new Item(description, preTax, total, tax));
        }
        return items;
    }

    private static List<String> methods(JsonNode body) {
        JsonNode node = Fields.requiredArray(body, "paymentMethodsAllowed", "paymentMethodsAllowed", 1);
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String value = node.get(i).asText();
            if (!Enums.PAYMENT_NODE_TYPES.contains(value)) {
                throw ApiProblem.invalidParam("paymentMethodsAllowed[" + i + "]", "is not a payment method type: '" + value + "'");
            }
            if (!methods.contains(value)) {
                methods.add(value);
            }
        }
        return methods;
    }

    /** Accepts the recipe's looser destination too (CONOMY-API.md §3.6) and completes the account fields. */
    private static List<Destination> destinations(JsonNode body, String currency) {
        JsonNode node = Fields.requiredArray(body, "destinations", "destinations", 1);
        List<Destination> destinations = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode given = node.get(i);
            String path = "destinations[" + i + "]";
            if (!given.isObject()) {
                throw ApiProblem.invalidParam(path, "must be an object");
            }
            String type = Fields.requiredText(given, "type", path + ".type");
            if (!"ACCOUNT".equals(type)) {
                throw ApiProblem.invalidParam(path + ".type", "must be ACCOUNT, not '" + type + "'");
            }
            BigDecimal amount = Fields.requiredAmount(given, "amount", path + ".amount");
            JsonNode account = Fields.requiredObject(given, "account", path + ".account");
            String accountNumber = Fields.requiredText(account, "accountNumber", path + ".account.accountNumber");
            String accountType = Fields.optionalText(account, "type", path + ".account.type");
            if (accountType != null && !Enums.ACCOUNT_TYPES.contains(accountType)) {
                throw ApiProblem.invalidParam(path + ".account.type", "must be one of " + Enums.ACCOUNT_TYPES);
            }
            String accountCurrency = Fields.optionalText(account, "currency", path + ".account.currency");
            String destinationCurrency = Fields.optionalText(given, "currency", path + ".currency");
            String holder = Fields.optionalText(account, "accountHolder", path + ".account.accountHolder");
            ObjectNode metadata = null;
            if (Fields.present(given, "metadata")) {
                JsonNode meta = Fields.requiredObject(given, "metadata", path + ".metadata");
                metadata = JsonNodeFactory.instance.objectNode()
                        .put("image", Fields.requiredText(meta, "image", path + ".metadata.image"))
                        .put("description", Fields.requiredText(meta, "description", path + ".metadata.description"))
                        .put("category", Fields.requiredText(meta, "category", path + ".metadata.category"));
            }
            destinations.add(new Destination(
                    Fields.optionalText(given, "name", path + ".name"),
                    Fields.optionalText(given, "externalId", path + ".externalId"),
                    amount,
                    accountType == null ? "CHECKING" : accountType,
                    accountCurrency != null ? accountCurrency : destinationCurrency != null ? destinationCurrency : currency,
                    accountNumber,
                    holder == null ? SANDBOX_MERCHANT_HOLDER : holder,
                    metadata));
        }
        return destinations;
    }

    /** node-identity allows no other properties, so only its own fields are kept. */
    private static ObjectNode owner(JsonNode body) {
        JsonNode given = Fields.requiredObject(body, "owner", "owner");
        ObjectNode owner = JsonNodeFactory.instance.objectNode();
        owner.put("identityId", Fields.requiredText(given, "identityId", "owner.identityId"));
        for (String name : OWNER_FIELDS.subList(1, OWNER_FIELDS.size())) {
            String value = Fields.optionalText(given, name, "owner." + name);
            if (value != null) {
                owner.put(name, value);
            }
        }
        return owner;
    }
}
