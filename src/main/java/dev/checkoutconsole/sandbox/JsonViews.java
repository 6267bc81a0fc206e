package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes the sandbox's records as the API's JSON objects (CONOMY-API.md §3). Amounts are decimal strings. The
 * views share the records' customer, owner, tax and metadata nodes instead of copying them: those nodes are never
 * modified once stored, and a view is only written out, never changed.
 */
final class JsonViews {
    static final String CHECKOUT_BASE_URL = "https://checkout.conomyhq.com/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonViews() {
    }

    static ObjectNode session(CheckoutSessionRecord session, Instant now) {
        Offer offer = session.offer;
        ObjectNode json = NODES.objectNode();
        json.put("id", session.id);
        if (session.paymentLinkId != null) {
            json.put("paymentLinkId", session.paymentLinkId);
        }
        json.put("checkoutToken", session.checkoutToken);
        json.set("paymentConfigs", paymentConfigs(offer));
        json.put("createdAt", session.createdAt().toString());
        json.put("status", session.status(now).name());
        json.set("items", items(offer.items()));
        json.put("currency", offer.currency());
        json.put("preTaxAmount", amount(offer.preTaxAmount()));
        json.put("totalAmount", amount(session.totalAmount));
        json.put("url", CHECKOUT_BASE_URL + session.checkoutToken);
        json.set("paymentMethodsAllowed", strings(offer.paymentMethodsAllowed()));
        if (session.customer != null) {
            json.set("customer", session.customer);
        }
        if (offer.successUrl() != null) {
            json.put("redirectUrl", offer.successUrl());
        }
        json.set("destinations", destinations(offer.destinations()));
        json.set("customerRequirements", strings(offer.customerRequirements()));
        json.put("expiresAt", session.expiresAt().toString());
        json.set("owner", offer.owner());
        return json;
    }

    static ObjectNode link(PaymentLinkRecord link, Instant now) {
        Offer offer = link.offer;
        ObjectNode json = NODES.objectNode();
        json.put("id", link.id);
        json.put("checkoutToken", link.checkoutToken);
        json.put("status", link.status(now).name());
        json.set("items", items(offer.items()));
        json.put("currency", offer.currency());
        json.put("preTaxAmount", amount(offer.preTaxAmount()));
        json.put("totalAmount", amount(link.totalAmount));
        json.put("url", CHECKOUT_BASE_URL + link.checkoutToken);
        json.set("paymentMethodsAllowed", strings(offer.paymentMethodsAllowed()));
        if (link.customer != null) {
            json.set("customer", link.customer);
        }
        json.put("createdAt", link.createdAt.toString());
        json.set("destinations", destinations(offer.destinations()));
        json.put("duration", offer.durationSeconds());
        json.set("customerRequirements", strings(offer.customerRequirements()));
        json.set("owner", offer.owner());
        if (offer.successUrl() != null) {
            json.put("successUrl", offer.successUrl());
        }
        if (offer.failedUrl() != null) {
            json.put("failedUrl", offer.failedUrl());
        }
        return json;
    }

    static ObjectNode payment(PaymentRecord payment) {
        ObjectNode json = NODES.objectNode();
        json.put("id", payment.id);
        json.put("externalId", payment.externalId);
        json.put("identityId", payment.identityId);
        json.put("accountNumber", payment.accountNumber);
        json.put("totalAmount", amount(payment.totalAmount));
        json.put("currency", payment.currency);
        if (payment.description != null) {
            json.put("description", payment.description);
        }
        json.put("product", payment.currency + ":" + payment.currency);
        json.put("status", payment.status.name());
        json.put("type", payment.type);
        json.put("purchaseAmount", amount(payment.totalAmount));
        json.put("purchaseCurrency", payment.currency);
        // The sandbox charges no fees; the list schema still requires the field.
        json.putArray("fees");
        json.put("createdAt", payment.createdAt().toString());
        json.put("updatedAt", payment.updatedAt.toString());
        putTime(json, "expiresAt", payment.expiresAt);
        putTime(json, "capturedAt", payment.capturedAt);
        putTime(json, "authorizedAt", payment.authorizedAt);
        // The rail node keeps the id of the purchase it belongs to, so a refund points back to the same rail.
        String railPaymentId = payment.parentPaymentId == null ? payment.id : payment.parentPaymentId;
        ArrayNode rail = railNode(payment.method, payment.currency, payment.totalAmount, payment.payer, railPaymentId);
        ArrayNode accounts = accountNodes(payment.accounts, payment.totalAmount, payment.accounts.size() == 1);
        json.set("origins", payment.isRefund() ? accounts : rail);
        json.set("destinations", payment.isRefund() ? rail : accounts);
        putText(json, "checkoutSessionId", payment.checkoutSessionId);
        putText(json, "paymentLinkId", payment.paymentLinkId);
        putText(json, "parentPaymentId", payment.parentPaymentId);
        putTime(json, "settledAt", payment.settledAt);
        putTime(json, "expiredAt", payment.expiredAt);
        putTime(json, "unsettledAt", payment.unsettledAt);
        return json;
    }

    /**
     * The payment-node form of the merchant's accounts. A single account carries the whole payment amount (a
     * partial refund takes only part of it); split destinations keep their own amounts.
     */
    private static ArrayNode accountNodes(List<Destination> destinations, BigDecimal paymentAmount, boolean single) {
        ArrayNode array = NODES.arrayNode();
        for (Destination destination : destinations) {
            ObjectNode node = array.addObject();
            node.put("type", "ACCOUNT");
            node.put("amount", amount(single ? paymentAmount : destination.amount()));
            node.put("currency", destination.currency());
            node.set("account", account(destination));
        }
        return array;
    }

    /** The payer's rail node, with the redirect URL Conomy fills in for redirect rails. */
    private static ArrayNode railNode(String method, String currency, BigDecimal total, ObjectNode customer, String paymentId) {
        ObjectNode origin = NODES.objectNode();
        origin.put("type", method);
        origin.put("amount", amount(total));
        origin.put("currency", currency);
        ObjectNode rail = origin.putObject(railKey(method));
        if (customer != null) {
            rail.set("customer", customer);
        }
        rail.put("url", CHECKOUT_BASE_URL + "pay/" + paymentId);
        return NODES.arrayNode().add(origin);
    }

    static String railKey(String method) {
        return switch (method) {
            case "CRYPTO" -> "wallet";
            case "BANK_ACCOUNT" -> "bank";
            case "FEDNOW" -> "fedNow";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    static String amount(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static ArrayNode paymentConfigs(Offer offer) {
        ArrayNode configs = NODES.arrayNode();
        ObjectNode config = configs.addObject();
        config.put("currency", offer.currency());
        config.put("product", offer.currency() + ":" + offer.currency());
        config.put("exchangeRate", "1");
        ArrayNode methods = config.putArray("paymentMethods");
        String total = amount(offer.totalAmount());
        for (String method : offer.paymentMethodsAllowed()) {
            ObjectNode entry = methods.addObject();
            entry.put("id", method);
            entry.put("type", method);
            entry.put("enabled", true);
            ArrayNode required = entry.putArray("requiredFields");
            for (String field : offer.customerRequirements()) {
                required.add(railKey(method) + ".customer." + field);
            }
            entry.put("purchaseAmount", total);
        }
        return configs;
    }

    private static ArrayNode items(List<Item> items) {
        ArrayNode array = NODES.arrayNode();
        for (Item item : items) {
            ObjectNode node = array.addObject();
            node.put("preTaxAmount", amount(item.preTaxAmount()));
            node.put("totalAmount", amount(item.totalAmount()));
            node.put("description", item.description());
            if (item.tax() == null) {
                node.putNull("tax");
            } else {
                node.set("tax", item.tax());
            }
        }
        return array;
    }

    private static ArrayNode destinations(List<Destination> destinations) {
        ArrayNode array = NODES.arrayNode();
        for (Destination destination : destinations) {
            ObjectNode node = array.addObject();
            putText(node, "name", destination.name());
            node.put("type", "ACCOUNT");
            putText(node, "externalId", destination.externalId());
            node.put("amount", amount(destination.amount()));
            if (destination.metadata() != null) {
                node.set("metadata", destination.metadata());
            }
            node.set("account", account(destination));
        }
        return array;
    }

    private static ObjectNode account(Destination destination) {
        return NODES.objectNode()
                .put("type", destination.accountType())
                .put("currency", destination.currency())
                .put("accountNumber", destination.accountNumber())
                .put("accountHolder", destination.accountHolder());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void putText(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static void putTime(ObjectNode json, String name, Instant value) {
        if (value != null) {
            json.put(name, value.toString());
        }
    }
}
