package dev.checkoutconsole.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Everything the sandbox holds, in memory. Reads run together under the read lock; every change runs alone under
 * the write lock, so a check and the change it allows happen as one step (exactly one of two racing payments,
 * deletes or refunds wins). The ordered lists keep creation order, which is createdAt order because the clock
 * never goes back, so the default sort needs no sorting.
 */
final class SandboxState {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    final SandboxClock clock;
    final Ids ids;

    final Map<String, CheckoutSessionRecord> sessionsById = new HashMap<>();
    final Map<String, CheckoutSessionRecord> sessionsByToken = new HashMap<>();
    final List<CheckoutSessionRecord> sessionsInOrder = new ArrayList<>();

    final Map<String, PaymentLinkRecord> linksById = new HashMap<>();
    final Map<String, PaymentLinkRecord> linksByToken = new HashMap<>();
    final List<PaymentLinkRecord> linksInOrder = new ArrayList<>();

    final Map<String, PaymentRecord> paymentsById = new HashMap<>();
    final List<PaymentRecord> paymentsInOrder = new ArrayList<>();
    final Map<String, List<PaymentRecord>> refundsByParent = new HashMap<>();

    SandboxState(SandboxClock clock, long seed) {
        this.clock = clock;
        this.ids = new Ids(seed);
    }

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void addSession(CheckoutSessionRecord session) {
        sessionsById.put(session.id, session);
        sessionsByToken.put(session.checkoutToken, session);
        sessionsInOrder.add(session);
    }

    void removeSession(CheckoutSessionRecord session) {
        sessionsById.remove(session.id);
        sessionsByToken.remove(session.checkoutToken);
        // Deletes are rare next to reads: a linear removal keeps the ordered list without gaps.
        sessionsInOrder.remove(session);
    }

    void addLink(PaymentLinkRecord link) {
        linksById.put(link.id, link);
        linksByToken.put(link.checkoutToken, link);
        linksInOrder.add(link);
    }

    void removeLink(PaymentLinkRecord link) {
        linksById.remove(link.id);
        linksByToken.remove(link.checkoutToken);
        linksInOrder.remove(link);
    }

    void addPayment(PaymentRecord payment) {
        paymentsById.put(payment.id, payment);
        paymentsInOrder.add(payment);
        if (payment.parentPaymentId != null) {
            refundsByParent.computeIfAbsent(payment.parentPaymentId, id -> new ArrayList<>()).add(payment);
        }
    }

    CheckoutSessionRecord session(String id) {
        CheckoutSessionRecord session = sessionsById.get(id);
        if (session == null) {
            throw ApiProblem.notFound("checkout session " + id + " does not exist");
        }
        return session;
    }

    PaymentLinkRecord link(String id) {
        PaymentLinkRecord link = linksById.get(id);
        if (link == null) {
            throw ApiProblem.notFound("payment link " + id + " does not exist");
        }
        return link;
    }

    PaymentRecord payment(String id) {
        PaymentRecord payment = paymentsById.get(id);
        if (payment == null) {
            throw ApiProblem.notFound("payment " + id + " does not exist");
        }
        return payment;
    }

    List<PaymentRecord> refundsOf(String parentId) {
        return refundsByParent.getOrDefault(parentId, List.of());
    }
}
