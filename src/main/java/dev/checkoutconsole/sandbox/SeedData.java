package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, deterministic data: the same seed and count give the same sessions, links, payments and refunds
 * (relative to the start time). Every session and payment status occurs; the seven seeded currencies come with
 * their usual pay-in methods; many identities and accounts; creation dates over the last 90 days. Records are
 * generated first and added in creation order, so the state's lists need no sorting.
 */
final class SeedData {
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final long RECENT_SECONDS_MIN = 60;
    private static final long[] DURATIONS = {1800, 3600, 21600, 86400, 604800};
    private static final String[] FIRST_NAMES = {"Ana", "Benjamín", "Camila", "Diego", "Elena", "Felipe", "Gabriela",
            "Hugo", "Isabel", "Joaquín", "Lucía", "Mateo", "Natalia", "Pablo", "Renata", "Santiago", "Valentina"};
    private static final String[] LAST_NAMES = {"González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Silva",
            "Martínez", "Rodríguez", "López", "Hernández", "García", "Ramírez", "Torres", "Flores"};
    private static final String[] PRODUCTS = {"Monthly plan", "Annual plan", "Invoice", "Order", "Course seat",
            "Event ticket", "Consulting hours", "Shipping", "Gift card", "Subscription renewal"};

    private final SandboxState state;
    private final SplittableRandom random;
    private final Instant now;
    private final List<Merchant> merchants = new ArrayList<>();
    private final List<ObjectNode> payers = new ArrayList<>();

    private record Merchant(ObjectNode owner, String name, String currency, String accountNumber) {
    }

    private SeedData(SandboxState state, long seed, Instant now) {
        this.state = state;
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    static void populate(SandboxState state, int sessionCount, long seed) {
        new SeedData(state, seed, state.clock.now()).generate(sessionCount);
    }

    private void generate(int sessionCount) {
        if (sessionCount == 0) {
            return;
        }
        createMerchants(Math.max(12, sessionCount / 40));
        createPayers(Math.max(30, Math.min(5000, sessionCount / 5)));
        List<PaymentLinkRecord> links = createLinks(Math.max(3, sessionCount / 20));
        // Creation times are drawn first and sorted, so the sessions are made (and laid out in memory) in the
        // order lists scan them.
        long[] createdAts = new long[sessionCount];
        for (int i = 0; i < sessionCount; i++) {
            // A tenth of the sessions are recent, so open ones (ATTEMPT, ACTIVE) are always among the data.
            long secondsAgo = random.nextInt(10) == 0
                    ? RECENT_SECONDS_MIN + random.nextLong(3600)
                    : 3600 + random.nextLong(HISTORY.toSeconds() - 3600);
            createdAts[i] = now.minusSeconds(secondsAgo).toEpochMilli();
        }
        java.util.Arrays.sort(createdAts);
        List<CheckoutSessionRecord> sessions = new ArrayList<>(sessionCount);
        List<PaymentRecord> payments = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            createSession(i, Instant.ofEpochMilli(createdAts[i]), links, sessions, payments);
        }
        payments.sort(Comparator.comparingLong(p -> p.createdAtMs));
        links.forEach(state::addLink);
        sessions.forEach(state::addSession);
        payments.forEach(state::addPayment);
    }

    private void createMerchants(int count) {
        for (int i = 0; i < count; i++) {
            Instant since = now.minus(HISTORY).minus(Duration.ofDays(30));
            ObjectNode owner = JsonNodeFactory.instance.objectNode().put("identityId", state.ids.next(since));
            String name = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + " " + (i % 2 == 0 ? "SpA" : "Ltda");
            owner.put("name", name);
            int accounts = 1 + random.nextInt(3);
            for (int a = 0; a < accounts; a++) {
                String currency = Currencies.SEEDED.get(random.nextInt(Currencies.SEEDED.size()));
                String accountNumber = String.valueOf(100_000_000L + random.nextLong(900_000_000L));
                merchants.add(new Merchant(owner, name, currency, accountNumber));
            }
        }
    }

    private void createPayers(int count) {
        for (int i = 0; i < count; i++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            ObjectNode payer = JsonNodeFactory.instance.objectNode()
                    .put("firstName", first)
                    .put("lastName", last)
                    .put("email", ascii(first) + "." + ascii(last) + i + "@example.com");
            if (random.nextInt(3) == 0) {
                payer.put("phoneNumberPrefix", "+56").put("phoneNumber", String.valueOf(900_000_000 + random.nextInt(99_999_999)));
            }
            payers.add(payer);
        }
    }

    private List<PaymentLinkRecord> createLinks(int count) {
        List<PaymentLinkRecord> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Merchant merchant = merchants.get(random.nextInt(merchants.size()));
            Instant createdAt = now.minus(HISTORY).plusSeconds(random.nextLong(HISTORY.toSeconds() / 2));
            long duration = random.nextInt(4) == 0 ? 3600 : 180L * 86400;
            Offer offer = offer(merchant, duration);
            String token = "link-" + merchant.currency().toLowerCase(java.util.Locale.ROOT) + "-" + (1000 + i);
            LinkStatus status = random.nextInt(10) == 0 ? LinkStatus.ATTEMPT : LinkStatus.ACTIVE;
            links.add(new PaymentLinkRecord(state.ids.next(createdAt), token, offer, null, createdAt, status));
        }
        links.sort(Comparator.comparing(l -> l.createdAt));
        return links;
    }

    private void createSession(int index, Instant createdAt, List<PaymentLinkRecord> links, List<CheckoutSessionRecord> sessions,
                               List<PaymentRecord> payments) {
        boolean recent = createdAt.isAfter(now.minusSeconds(RECENT_SECONDS_MIN + 3600));
        PaymentLinkRecord link = random.nextInt(4) == 0 ? links.get(random.nextInt(links.size())) : null;
        Offer offer;
        String token;
        if (link != null && link.createdAt.isBefore(createdAt)) {
            offer = link.offer;
            token = link.checkoutToken + "-" + state.ids.shortSuffix();
        } else {
            link = null;
            Merchant merchant = merchants.get(random.nextInt(merchants.size()));
            offer = offer(merchant, recent ? 86400 : DURATIONS[random.nextInt(DURATIONS.length)]);
            token = "order-" + (100_000 + index);
        }
        ObjectNode customer = random.nextInt(3) == 0 ? null : payers.get(random.nextInt(payers.size()));
        CheckoutSessionRecord session = new CheckoutSessionRecord(state.ids.next(createdAt), link == null ? null : link.id,
                token, offer, customer, createdAt, SessionStatus.ATTEMPT);
        session.storedStatus = session.openStatus();
        sessions.add(session);
        boolean paid = customer != null && random.nextInt(recent ? 3 : 10) < (recent ? 1 : 6);
        if (paid) {
            payments.add(pay(session, payments));
        }
    }

    private PaymentRecord pay(CheckoutSessionRecord session, List<PaymentRecord> payments) {
        Offer offer = session.offer;
        Instant paidAt = session.createdAt().plusSeconds(30 + random.nextLong(Math.max(31, Math.min(1500, offer.durationSeconds() - 30))));
        if (paidAt.isAfter(now)) {
            paidAt = now.minusSeconds(1);
        }
        String method = offer.paymentMethodsAllowed().get(random.nextInt(offer.paymentMethodsAllowed().size()));
        String id = state.ids.next(paidAt);
        PaymentRecord payment = new PaymentRecord(id, session.checkoutToken, "PURCHASE", offer.identityId(),
                offer.destinations().get(0).accountNumber(), session.totalAmount, offer.currency(),
                offer.items().get(0).description(), paidAt, paidAt.plus(Duration.ofMinutes(30)),
                method, session.customer, offer.destinations(), session.id, session.paymentLinkId, null, PaymentStatus.CREATED);
        PaymentStatus outcome = outcome();
        Instant movedAt = paidAt.plusSeconds(5 + random.nextInt(600));
        if (movedAt.isAfter(now)) {
            movedAt = now;
        }
        if (outcome == PaymentStatus.SETTLED || outcome == PaymentStatus.UNSETTLED) {
            payment.moveTo(PaymentStatus.RECEIVED, movedAt);
        }
        if (outcome != PaymentStatus.CREATED) {
            payment.moveTo(outcome, movedAt);
        }
        session.paymentId = id;
        session.storedStatus = switch (outcome) {
            case CREATED, AUTHORIZED -> SessionStatus.PROCESSING_PAYMENT;
            case CAPTURED, RECEIVED, SETTLED -> SessionStatus.FINISHED;
            case FAILED, UNSETTLED -> SessionStatus.FAILED;
            case EXPIRED -> SessionStatus.EXPIRED;
        };
        if (outcome == PaymentStatus.SETTLED && random.nextInt(5) == 0) {
            payments.add(refund(payment, movedAt));
        }
        return payment;
    }

    private PaymentStatus outcome() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return PaymentStatus.SETTLED;
        } else if (roll < 58) {
            return PaymentStatus.RECEIVED;
        } else if (roll < 64) {
            return PaymentStatus.CAPTURED;
        } else if (roll < 70) {
            return PaymentStatus.CREATED;
        } else if (roll < 74) {
            return PaymentStatus.AUTHORIZED;
        } else if (roll < 88) {
            return PaymentStatus.FAILED;
        } else if (roll < 96) {
            return PaymentStatus.EXPIRED;
        }
        return PaymentStatus.UNSETTLED;
    }

    /** A partial or full refund, in one of the refund statuses. */
    private PaymentRecord refund(PaymentRecord parent, Instant settledAt) {
        Instant createdAt = settledAt.plusSeconds(3600 + random.nextLong(86400));
        if (createdAt.isAfter(now)) {
            createdAt = now;
        }
        BigDecimal amount = random.nextBoolean()
                ? parent.totalAmount
                : Currencies.scale(parent.totalAmount.multiply(BigDecimal.valueOf(10 + random.nextInt(80), 2)), parent.currency);
        PaymentRecord refund = new PaymentRecord(state.ids.next(createdAt), parent.externalId + "-refund-1", "REFUND",
                parent.identityId, parent.accountNumber, amount, parent.currency, "Customer request", createdAt, null,
                parent.method, parent.payer, parent.accounts, null, null, parent.id, PaymentStatus.RECEIVED);
        refund.capturedAt = createdAt;
        int roll = random.nextInt(10);
        if (roll < 6) {
            refund.moveTo(PaymentStatus.SETTLED, createdAt);
        } else if (roll < 8) {
            refund.moveTo(PaymentStatus.FAILED, createdAt);
        }
        return refund;
    }

    private Offer offer(Merchant merchant, long duration) {
        String currency = merchant.currency();
        int itemCount = 1 + random.nextInt(3);
        List<Item> items = new ArrayList<>(itemCount);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < itemCount; i++) {
            BigDecimal amount = amount(currency);
            items.add(new Item(PRODUCTS[random.nextInt(PRODUCTS.length)], amount, amount, null));
            total = total.add(amount);
        }
        List<String> methods = Currencies.payInMethods(currency);
        List<String> allowed = methods.subList(0, 1 + random.nextInt(methods.size()));
        Destination destination = new Destination(null, null, total, "CHECKING", currency, merchant.accountNumber(), merchant.name(), null);
        List<String> requirements = switch (random.nextInt(3)) {
            case 0 -> List.of();
            case 1 -> List.of("email");
            default -> List.of("firstName", "email");
        };
        return new Offer(currency, items, allowed, List.of(destination), requirements, merchant.owner(),
                "https://merchant.example/checkout/success", "https://merchant.example/checkout/failed", duration);
    }

    /** Typical ticket sizes per currency. */
    private BigDecimal amount(String currency) {
        return switch (currency) {
            case "CLP" -> BigDecimal.valueOf((1 + random.nextInt(300)) * 990L);
            case "COP" -> BigDecimal.valueOf((1 + random.nextInt(400)) * 5000L, 0).setScale(2);
            case "ARS" -> BigDecimal.valueOf(1000 + random.nextInt(500_000), 0).setScale(2);
            default -> BigDecimal.valueOf(500 + random.nextInt(200_000), 2);
        };
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
