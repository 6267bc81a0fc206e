package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** The four list endpoints, answering the {pagination: {count, next, previous, total}, results} envelope. */
final class Listings {
    private static final Set<String> SORT_FIELDS = Set.of("createdAt", "expiresAt", "totalAmount", "status");
    private static final Set<String> PAYMENT_SORT_FIELDS = Set.of("createdAt", "updatedAt", "totalAmount", "status");
    private static final List<String> SESSION_STATUSES = names(SessionStatus.values());
    private static final List<String> LINK_STATUSES = names(LinkStatus.values());
    private static final List<String> PAYMENT_STATUSES = names(PaymentStatus.values());

    private final SandboxState state;

    Listings(SandboxState state) {
        this.state = state;
    }

    /** GET /checkout-sessions: identityId, accountNumber, status, startDate/endDate, sort, limit, offset. */
    ObjectNode sessions(Map<String, List<String>> parameters) {
        ListQuery query = new ListQuery(parameters, SORT_FIELDS);
        String identityId = query.text("identityId");
        String accountNumber = query.text("accountNumber");
        Set<SessionStatus> statuses = enumSet(query.list("status", SESSION_STATUSES), SessionStatus.class);
        return state.read(() -> {
            Instant now = state.clock.now();
            long nowMs = now.toEpochMilli();
            Predicate<CheckoutSessionRecord> matches = s -> query.createdWithin(s.createdAtMs)
                    && (identityId == null || identityId.equals(s.identityId))
                    && (accountNumber == null || s.paysInto(accountNumber))
                    && (statuses == null || statuses.contains(s.status(nowMs)));
            Comparator<CheckoutSessionRecord> order = switch (query.sortField) {
                case "expiresAt" -> Comparator.comparingLong(s -> s.expiresAtMs);
                case "totalAmount" -> (a, b) -> compareAmounts(a.amountKey, a.totalAmount, b.amountKey, b.totalAmount);
                case "status" -> Comparator.comparingInt(s -> s.status(nowMs).nameRank());
                default -> Comparator.comparingLong(s -> s.createdAtMs);
            };
            boolean filtered = query.hasDateBounds() || identityId != null || accountNumber != null || statuses != null;
            return envelope(query, Pager.page(state.sessionsInOrder, filtered ? matches : null, order.thenComparing(s -> s.id),
                    "createdAt".equals(query.sortField), query.descending, query.offset, query.limit), s -> JsonViews.session(s, now));
        });
    }

    /**
     * GET /payment-links: id, status, destination.accountNumber, customer.email, owner.identityId (each a
     * comma-separated list), currency, startDate/endDate, sort, limit, offset.
     */
    ObjectNode links(Map<String, List<String>> parameters) {
        ListQuery query = new ListQuery(parameters, SORT_FIELDS);
        List<String> ids = query.list("id", null);
        List<String> statuses = query.list("status", LINK_STATUSES);
        List<String> accounts = query.list("destination.accountNumber", null);
        List<String> emails = query.list("customer.email", null);
        List<String> owners = query.list("owner.identityId", null);
        List<String> currencies = query.list("currency", null);
        return state.read(() -> {
            Instant now = state.clock.now();
            Predicate<PaymentLinkRecord> matches = l -> query.createdWithin(l.createdAt.toEpochMilli())
                    && (ids == null || ids.contains(l.id))
                    && (statuses == null || statuses.contains(l.status(now).name()))
                    && (accounts == null || accounts.stream().anyMatch(l.offer::paysInto))
                    && (emails == null || (l.customer != null && emails.contains(l.customer.path("email").asText())))
                    && (owners == null || owners.contains(l.offer.identityId()))
                    && (currencies == null || currencies.contains(l.offer.currency()));
            Comparator<PaymentLinkRecord> order = switch (query.sortField) {
                case "expiresAt" -> Comparator.comparing(PaymentLinkRecord::expiresAt);
                case "totalAmount" -> Comparator.comparing(l -> l.totalAmount);
                case "status" -> Comparator.comparing(l -> l.status(now).name());
                default -> Comparator.comparing(l -> l.createdAt);
            };
            boolean filtered = query.hasDateBounds() || ids != null || statuses != null || accounts != null || emails != null
                    || owners != null || currencies != null;
            return envelope(query, Pager.page(state.linksInOrder, filtered ? matches : null, order.thenComparing(l -> l.id),
                    "createdAt".equals(query.sortField), query.descending, query.offset, query.limit), l -> JsonViews.link(l, now));
        });
    }

    /**
     * GET /payments: identityId, type, accountNumber, status (comma-separated), startDate/endDate, checkoutSessionId,
     * paymentLinkId, currency, sort, limit, offset. Refunds are payments of type REFUND and are listed too.
     */
    ObjectNode payments(Map<String, List<String>> parameters) {
        return paymentPage(parameters, null);
    }

    /** GET /refunds: the payments of type REFUND, with parentPaymentId as a filter too. */
    ObjectNode refunds(Map<String, List<String>> parameters) {
        return paymentPage(parameters, "REFUND");
    }

    private ObjectNode paymentPage(Map<String, List<String>> parameters, String onlyType) {
        ListQuery query = new ListQuery(parameters, PAYMENT_SORT_FIELDS);
        String identityId = query.text("identityId");
        String accountNumber = query.text("accountNumber");
        List<String> types = onlyType == null ? query.list("type", Enums.PAYMENT_TYPES) : List.of(onlyType);
        Set<PaymentStatus> statuses = enumSet(query.list("status", PAYMENT_STATUSES), PaymentStatus.class);
        String sessionId = query.text("checkoutSessionId");
        String linkId = query.text("paymentLinkId");
        String parentId = query.text("parentPaymentId");
        List<String> currencies = query.list("currency", null);
        return state.read(() -> {
            Predicate<PaymentRecord> matches = p -> query.createdWithin(p.createdAtMs)
                    && (identityId == null || identityId.equals(p.identityId))
                    && (accountNumber == null || accountNumber.equals(p.accountNumber))
                    && (types == null || types.contains(p.type))
                    && (statuses == null || statuses.contains(p.status))
                    && (sessionId == null || sessionId.equals(p.checkoutSessionId))
                    && (linkId == null || linkId.equals(p.paymentLinkId))
                    && (parentId == null || parentId.equals(p.parentPaymentId))
                    && (currencies == null || currencies.contains(p.currency));
            Comparator<PaymentRecord> order = switch (query.sortField) {
                case "updatedAt" -> Comparator.comparing(p -> p.updatedAt);
                case "totalAmount" -> (a, b) -> compareAmounts(a.amountKey, a.totalAmount, b.amountKey, b.totalAmount);
                case "status" -> Comparator.comparing(p -> p.status.name());
                default -> Comparator.comparingLong(p -> p.createdAtMs);
            };
            boolean filtered = query.hasDateBounds() || identityId != null || accountNumber != null || types != null
                    || statuses != null || sessionId != null || linkId != null || parentId != null || currencies != null;
            return envelope(query, Pager.page(state.paymentsInOrder, filtered ? matches : null, order.thenComparing(p -> p.id),
                    "createdAt".equals(query.sortField), query.descending, query.offset, query.limit), JsonViews::payment);
        });
    }

    /** Doubles order almost every pair; only equal doubles need the exact decimals. */
    private static int compareAmounts(double aKey, BigDecimal a, double bKey, BigDecimal b) {
        int byKey = Double.compare(aKey, bKey);
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    /** count = offset + items on this page, next = count, previous = max(offset − limit, 0). */
    private static <T> ObjectNode envelope(ListQuery query, Pager.Slice<T> slice, Function<T, ObjectNode> view) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        long count = (long) Math.min(query.offset, slice.total()) + slice.items().size();
        json.putObject("pagination")
                .put("count", count)
                .put("next", count)
                .put("previous", Math.max(query.offset - query.limit, 0))
                .put("total", slice.total());
        ArrayNode results = json.putArray("results");
        slice.items().forEach(item -> results.add(view.apply(item)));
        return json;
    }

    private static <E extends Enum<E>> Set<E> enumSet(List<String> names, Class<E> type) {
        if (names == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        names.forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
