package dev.checkoutconsole.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Pagination;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentType;

import java.util.ArrayList;
import java.util.List;

/**
 * GET /refunds comes in three documented shapes (CONOMY-API.md §4.3), all read into one Page of refund payments:
 * the standard envelope {pagination{count,next,previous,total}, results}; the same with pagination{limit,offset,
 * total}; and the older {total, refunds}. Missing offsets are worked out from the request's limit and offset.
 * Items of the older form carry no type; every item there is a refund, so it is set to REFUND.
 */
final class RefundPageReader {
    private static final ObjectMapper JSON = ModelJson.mapper();

    private final Integer requestedLimit;
    private final Integer requestedOffset;

    RefundPageReader(Integer requestedLimit, Integer requestedOffset) {
        this.requestedLimit = requestedLimit;
        this.requestedOffset = requestedOffset;
    }

    Page<Payment> read(JsonNode root) {
        JsonNode items = root.has("results") ? root.get("results") : root.get("refunds");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("neither results nor refunds is a list");
        }
        List<Payment> refunds = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object && !object.hasNonNull("type")) {
                object.put("type", PaymentType.REFUND.name());
            }
            refunds.add(JSON.convertValue(item, Payment.class));
        }
        return new Page<>(pagination(root, refunds.size()), refunds);
    }

    private Pagination pagination(JsonNode root, int size) {
        JsonNode given = root.path("pagination");
        if (given.has("count") && given.has("next") && given.has("previous") && given.has("total")) {
            return JSON.convertValue(given, Pagination.class);
        }
        long offset = given.has("offset") ? given.get("offset").asLong() : requestedOffset == null ? 0 : requestedOffset;
        long limit = given.has("limit") ? given.get("limit").asLong() : requestedLimit == null ? size : requestedLimit;
        long total = given.has("total") ? given.get("total").asLong() : root.has("total") ? root.get("total").asLong() : offset + size;
        long count = offset + size;
        return new Pagination(count, count, Math.max(offset - limit, 0), total);
    }
}
