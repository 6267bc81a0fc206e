package dev.checkoutconsole.sandbox;

import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.HttpExchangeListener;
import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.Account;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.PaymentLinkQuery;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentType;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.Sort;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CheckoutCustomer;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.CustomerField;
import dev.checkoutconsole.api.model.Destination;
import dev.checkoutconsole.api.model.Item;
import dev.checkoutconsole.api.model.OpenEnum;
import dev.checkoutconsole.api.model.Owner;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkStatus;
import dev.checkoutconsole.api.model.PaymentMethodType;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundRequest;
import dev.checkoutconsole.testsupport.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every method of the real ConomyClient against the sandbox, over loopback, with its typed models. */
class SandboxClientEndToEndTest {
    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(200).seed(7L).build();

    private static ConomyClient client;

    @BeforeAll
    static void connect() {
        client = new ConomyClient(new ClientConfig(sandbox.baseUrl(), sandbox.apiKey(), null, sandbox.clientId(),
                sandbox.clientSecret(), null, null, ClientConfig.RetryPolicy.NONE), HttpExchangeListener.NONE);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void listsTheSeededSessionsNewestFirstInPagesOfFifty() {
        Page<CheckoutSession> page = client.listCheckoutSessions(CheckoutSessionQuery.all()).execute();

        // Other tests of this class add sessions; the seeded 200 are always there.
        assertThat(page.pagination().total()).isGreaterThanOrEqualTo(200);
        assertThat(page.results()).hasSize(50);
        assertThat(page.pagination().count()).isEqualTo(50);
        assertThat(page.results()).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
    }

    @Test
    void aLinkIsPaidConfirmedSettledAndPartlyRefunded() {
        PaymentLink link = client.createPaymentLink(linkRequest("flow-invoice-1")).execute();
        assertThat(link.status().is(PaymentLinkStatus.ACTIVE)).isTrue();

        CheckoutSession session = client.createCheckoutSessionFromLink(link.checkoutToken()).execute();
        assertThat(session.paymentLinkId()).isEqualTo(link.id());
        assertThat(session.checkoutToken()).matches("flow-invoice-1-[0-9a-f]{6}");
        assertThat(session.status().is(CheckoutSessionStatus.ATTEMPT)).isTrue();

        CheckoutCustomer payer = new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null);
        Payment payment = client.payCheckoutSession(session.id(), CheckoutPaymentRequest.withMethod("ETPAY", "Invoice 1", payer)).execute();
        assertThat(payment.status().is(PaymentStatus.CREATED)).isTrue();
        assertThat(payment.checkoutSessionId()).isEqualTo(session.id());
        assertThat(client.getCheckoutSession(session.id()).execute().status().is(CheckoutSessionStatus.PROCESSING_PAYMENT)).isTrue();

        assertThat(client.simulatePaymentReceived(payment.id()).execute().status().is(PaymentStatus.RECEIVED)).isTrue();
        assertThat(client.advanceSandboxPayment(payment.id(), PaymentStatus.SETTLED).execute().status().is(PaymentStatus.SETTLED)).isTrue();
        assertThat(client.getCheckoutSession(session.id()).execute().status().is(CheckoutSessionStatus.FINISHED)).isTrue();

        RefundCreated refund = client.refundPayment(payment.id(), new RefundRequest(new BigDecimal("15000"), "damaged")).execute();
        assertThat(refund.parentPaymentId()).isEqualTo(payment.id());
        PaymentRefunds refunds = client.listPaymentRefunds(payment.id()).execute();
        assertThat(refunds.refunds()).extracting(Payment::id).containsExactly(refund.refundId());
        assertThat(refunds.summary().maxRefundable()).isEqualByComparingTo("34990");
    }

    @Test
    void payingWithAMethodTheSessionDoesNotAllowIsRefusedNamingTheField() {
        PaymentLink link = client.createPaymentLink(linkRequest("flow-invoice-2")).execute();
        CheckoutSession session = client.createCheckoutSessionFromLink(link.checkoutToken()).execute();
        CheckoutCustomer payer = new CheckoutCustomer(null, "Jane", "jane@example.com", null, null, null, null, null, null);

        assertThatThrownBy(() -> client.payCheckoutSession(session.id(), CheckoutPaymentRequest.withMethod("PIX", null, payer)).execute())
                .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                    assertThat(e.error().status()).isEqualTo(400);
                    assertThat(e.error().type()).isEqualTo("invalidParam");
                    assertThat(e.error().detail()).startsWith("paymentMethod");
                    assertThat(e.error().traceId()).isNotBlank();
                });
    }

    @Test
    void aWrongApiKeyIsUnauthorizedWithCode41() {
        try (ConomyClient wrongKey = new ConomyClient(new ClientConfig(sandbox.baseUrl(), "not-the-key", null, sandbox.clientId(),
                sandbox.clientSecret(), null, null, ClientConfig.RetryPolicy.NONE), HttpExchangeListener.NONE)) {
            assertThatThrownBy(() -> wrongKey.listCheckoutSessions(null).execute())
                    .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                        assertThat(e.error().status()).isEqualTo(401);
                        assertThat(e.error().code()).isEqualTo("41");
                    });
        }
    }

    @Test
    void authenticateAnswersABearerTokenThatTheOtherCallsUse() {
        AccessToken token = client.authenticate().execute();

        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.expiresIn()).isEqualTo(3600);
        assertThat(client.listPayments(PaymentQuery.all()).execute().results()).isNotEmpty();
    }

    @Test
    void sessionsAreCreatedReadRefreshedAndDeleted() {
        CheckoutCustomer payer = new CheckoutCustomer(null, "Ana", "ana@example.com", null, null, null, null, null, null);
        CheckoutSession created = client.createCheckoutSession(new CreateCheckoutSessionRequest("e2e-" + UUID.randomUUID(), null,
                "MXN", null, payer, null, 120, null, null, "https://merchant.example/ok", null)).execute();
        assertThat(created.status().is(CheckoutSessionStatus.ACTIVE)).isTrue();
        assertThat(created.currency()).isEqualTo("MXN");
        assertThat(created.paymentMethodsAllowed()).extracting(OpenEnum::raw).containsExactly("SPEI");
        assertThat(created.redirectUrl()).isEqualTo("https://merchant.example/ok");

        CheckoutSession read = client.getCheckoutSession(created.id()).execute();
        assertThat(read.expiresAt()).isEqualTo(created.expiresAt());

        sandbox.clock().advance(Duration.ofSeconds(121));
        assertThat(client.getCheckoutSession(created.id()).execute().status().is(CheckoutSessionStatus.EXPIRED)).isTrue();
        CheckoutSession refreshed = client.refreshCheckoutSession(created.checkoutToken()).execute();
        assertThat(refreshed.status().is(CheckoutSessionStatus.ACTIVE)).isTrue();
        assertThat(refreshed.expiresAt()).isAfter(created.expiresAt());

        client.deleteCheckoutSession(created.id()).execute();
        assertThatThrownBy(() -> client.getCheckoutSession(created.id()).execute())
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.error().status()).isEqualTo(404));
    }

    @Test
    void sessionsFilterAndSortThroughTheTypedQuery() {
        CheckoutSession newest = client.listCheckoutSessions(CheckoutSessionQuery.all()).execute().results().get(0);
        String identity = newest.owner().identityId();

        Page<CheckoutSession> page = client.listCheckoutSessions(new CheckoutSessionQuery(identity, null, null, null, null,
                Sort.asc("totalAmount"), 10, 0)).execute();

        assertThat(page.results()).isNotEmpty().allSatisfy(s -> assertThat(s.owner().identityId()).isEqualTo(identity));
        assertThat(page.results()).extracting(CheckoutSession::totalAmount).isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void paymentsAndRefundsAreListedAndRead() {
        Page<Payment> settled = client.listPayments(new PaymentQuery(null, "PURCHASE", null, "SETTLED", null, null, null, 5, 0,
                null, null, null)).execute();
        assertThat(settled.results()).isNotEmpty().allSatisfy(p -> assertThat(p.status().is(PaymentStatus.SETTLED)).isTrue());
        Payment one = client.getPayment(settled.results().get(0).id()).execute();
        assertThat(one.checkoutSessionId()).isNotBlank();
        assertThat(client.listPayments(PaymentQuery.ofCheckoutSession(one.checkoutSessionId())).execute().results())
                .extracting(Payment::id).contains(one.id());

        Page<Payment> refunds = client.listRefunds(RefundQuery.all()).execute();
        assertThat(refunds.results()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type().is(PaymentType.REFUND)).isTrue();
            assertThat(r.parentPaymentId()).isNotBlank();
        });
    }

    @Test
    void linksAreListedReadActivatedAndDeleted() {
        PaymentLink link = client.createPaymentLink(linkRequest("e2e-link-" + UUID.randomUUID(), 30)).execute();
        assertThat(client.getPaymentLink(link.id()).execute().duration()).isEqualTo(30);
        assertThat(client.listPaymentLinks(new PaymentLinkQuery(link.id(), null, null, null, null, null, null, null, null, null, null))
                .execute().results()).extracting(PaymentLink::id).containsExactly(link.id());

        sandbox.clock().advance(Duration.ofSeconds(31));
        assertThat(client.getPaymentLink(link.id()).execute().status().is(PaymentLinkStatus.EXPIRED)).isTrue();
        assertThat(client.activatePaymentLink(link.id()).execute().status().is(PaymentLinkStatus.ACTIVE)).isTrue();
        assertThatThrownBy(() -> client.deletePaymentLink(link.id()).execute())
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.error().status()).isEqualTo(422));

        sandbox.clock().advance(Duration.ofSeconds(31));
        client.deletePaymentLink(link.id()).execute();
        assertThatThrownBy(() -> client.getPaymentLink(link.id()).execute())
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.error().code()).isEqualTo("31"));
    }

    @Test
    void theV1ContractAndTheHostedSandboxPrefixWorkToo() {
        try (ConomyClient v1 = new ConomyClient(new ClientConfig(sandbox.baseUrl() + "/sandbox", sandbox.apiKey(), null,
                sandbox.clientId(), sandbox.clientSecret(), ApiVersion.V1, null, ClientConfig.RetryPolicy.NONE), HttpExchangeListener.NONE)) {
            assertThat(v1.listCheckoutSessions(CheckoutSessionQuery.all()).execute().results()).hasSize(50);
        }
    }

    static CreateCheckoutSessionRequest linkRequest(String token) {
        return linkRequest(token, 86400);
    }

    static CreateCheckoutSessionRequest linkRequest(String token, int duration) {
        BigDecimal amount = new BigDecimal("49990");
        Destination destination = new Destination(null, "ACCOUNT", null, amount, "CLP", null,
                new Account(null, null, "123456", null), null);
        return new CreateCheckoutSessionRequest(token, List.of(new Item(amount, amount, "Invoice", null)), "CLP",
                List.of(OpenEnum.of(PaymentMethodType.ETPAY), OpenEnum.of(PaymentMethodType.WEBPAY)), null,
                List.of(destination), duration, List.of(OpenEnum.of(CustomerField.firstName), OpenEnum.of(CustomerField.email)),
                Owner.of("679c482ee4420cb5b0966c9a"), "https://merchant.example/ok", "https://merchant.example/failed");
    }
}
