package dev.checkoutconsole.api;

/** The example payloads of CONOMY-API.md, verbatim where the document gives them whole. */
final class ApiExamples {
    private ApiExamples() {
    }

    /** §3.1 Example CheckoutSession. */
    static final String SESSION = """
            {
              "id": "6808d26af21dc6b97c1cc12a",
              "paymentLinkId": "6808d26af21dc6b97c1cc111",
              "checkoutToken": "invoice-1001",
              "paymentConfigs": [
                { "currency": "CLP", "product": "CLP:CLP", "exchangeRate": "1",
                  "paymentMethods": [
                    { "id": "ETPAY", "type": "ETPAY", "enabled": true,
                      "requiredFields": ["etpay.customer.email"], "purchaseAmount": "49990" } ] } ],
              "createdAt": "2025-12-07T04:53:12.758Z",
              "status": "ATTEMPT",
              "items": [ { "preTaxAmount": "49990", "totalAmount": "49990", "description": "Invoice 1001", "tax": null } ],
              "currency": "CLP",
              "preTaxAmount": "49990",
              "totalAmount": "49990",
              "url": "https://checkout.conomyhq.com/invoice-1001",
              "paymentMethodsAllowed": ["ETPAY", "WEBPAY"],
              "customer": { "firstName": "Jane", "email": "jane@example.com" },
              "redirectUrl": "https://yourapp.com/invoices/1001/success",
              "destinations": [ { "type": "ACCOUNT", "amount": "49990",
                  "account": { "type": "CHECKING", "currency": "CLP", "accountNumber": "123456", "accountHolder": "Merchant SpA" } } ],
              "customerRequirements": ["firstName", "email"],
              "expiresAt": "2025-12-08T04:53:12.758Z",
              "owner": { "identityId": "679c482ee4420cb5b0966c9a" }
            }
            """;

    /** §2.1 / §3.2 list envelope around the §3.1 session. */
    static final String SESSION_PAGE = """
            { "pagination": { "count": 1, "next": 1, "previous": 1, "total": 1 }, "results": [ %s ] }
            """.formatted(SESSION);

    /** §1.3 POST /auth answer. */
    static final String AUTH = """
            { "accessToken": "jwt-access-token-from-auth-1", "tokenType": "Bearer", "expiresIn": 3600 }
            """;

    /** §3.3 Payment, assembled from the schema's fields and the checkout-payment recipe. */
    static final String PAYMENT = """
            { "id": "67a0307eaddea901a60144ec", "externalId": "123456", "identityId": "679c482ee4420cb5b0966c9a",
              "accountNumber": "123456", "totalAmount": "49990", "currency": "CLP", "description": "Invoice 1001",
              "product": "CLP:CLP", "status": "CREATED", "type": "PURCHASE", "purchaseAmount": "49990",
              "purchaseCurrency": "CLP",
              "fees": [ { "name": "processing", "type": "PERCENTAGE", "value": "1.5", "amount": "749.85", "currency": "CLP" } ],
              "createdAt": "2025-12-07T04:55:00Z", "updatedAt": "2025-12-07T04:55:00Z",
              "origins": [ { "type": "ETPAY", "currency": "CLP", "amount": "49990",
                             "etpay": { "url": "https://bank.example/authorize", "token": "t1" } } ],
              "destinations": [ { "type": "ACCOUNT", "currency": "CLP", "amount": "49990",
                                  "account": { "type": "CHECKING", "currency": "CLP", "accountNumber": "123456", "accountHolder": "Merchant SpA" } } ],
              "checkoutSessionId": "6808d26af21dc6b97c1cc12a" }
            """;

    static final String PAYMENT_PAGE = """
            { "pagination": { "count": 1, "next": 1, "previous": 0, "total": 1 }, "results": [ %s ] }
            """.formatted(PAYMENT);

    /** §4.1 PaymentLink, with the recipe's values. */
    static final String PAYMENT_LINK = """
            { "id": "6808d26af21dc6b97c1cc111", "checkoutToken": "invoice-1001", "status": "ACTIVE",
              "items": [ { "preTaxAmount": "49990", "totalAmount": "49990", "description": "Invoice 1001" } ],
              "currency": "CLP", "preTaxAmount": "49990", "totalAmount": "49990",
              "url": "https://checkout.conomyhq.com/invoice-1001", "paymentMethodsAllowed": ["ETPAY", "WEBPAY"],
              "createdAt": "2025-12-07T04:50:00Z",
              "destinations": [ { "type": "ACCOUNT", "amount": "49990", "currency": "CLP",
                  "identity": { "identityId": "679c482ee4420cb5b0966c9a" }, "account": { "accountNumber": "123456" } } ],
              "duration": 86400, "customerRequirements": ["firstName", "email"],
              "owner": { "identityId": "679c482ee4420cb5b0966c9a" },
              "successUrl": "https://yourapp.com/invoices/1001/success", "failedUrl": "https://yourapp.com/invoices/1001/failed" }
            """;

    static final String PAYMENT_LINK_PAGE = """
            { "pagination": { "count": 1, "next": 1, "previous": 0, "total": 1 }, "results": [ %s ] }
            """.formatted(PAYMENT_LINK);

    /** §4.3 POST /payments/{id}/refund answer. */
    static final String REFUND_CREATED = """
            { "refundId": "69e25383b604159c5b8ba5bb", "parentPaymentId": "69e0df45b604159c5b8ba5a9",
              "status": "RECEIVED", "totalAmount": "150.00", "currency": "ARS", "createdAt": "2026-04-17T14:37:44Z" }
            """;

    /** §4.3 GET /payments/{id}/refunds answer. */
    static final String PAYMENT_REFUNDS = """
            {
              "parentId": "69e0df45b604159c5b8ba5a9",
              "refunds": [ { "id": "69e25383b604159c5b8ba5bb", "status": "RECEIVED", "totalAmount": "150.00",
                             "currency": "ARS", "parentPaymentId": "69e0df45b604159c5b8ba5a9",
                             "createdAt": "2026-04-17T14:37:44Z" } ],
              "summary": { "parentPaymentId": "69e0df45b604159c5b8ba5a9", "parentAmount": "2000.00", "currency": "ARS",
                           "totalRefunded": "0", "totalInProgress": "150.00", "totalFailed": "0",
                           "maxRefundable": "1850.00", "completedCount": 0, "inProgressCount": 1, "failedCount": 0 }
            }
            """;

    /** §4.3 [DEV] GET /refunds answer, the older form. */
    static final String REFUNDS_OLD_FORM = """
            { "total": 42, "refunds": [ { "id": "69e25383b604159c5b8ba5bb", "parentPaymentId": "69e0df45b604159c5b8ba5a9",
                "status": "RECEIVED", "totalAmount": "150.00", "currency": "ARS",
                "createdAt": "2026-04-17T14:37:44Z", "description": "duplicate charge" } ] }
            """;

    /** §4.3 [PD] GET /refunds answer: the envelope, with the recipe's {limit, offset, total} pagination. */
    static final String REFUNDS_RECIPE_FORM = """
            { "pagination": { "limit": 10, "offset": 20, "total": 23 },
              "results": [ { "id": "r1", "externalId": "e1", "identityId": "i1", "accountNumber": "123456",
                             "totalAmount": "150.00", "currency": "ARS", "status": "SETTLED", "type": "REFUND",
                             "parentPaymentId": "69e0df45b604159c5b8ba5a9", "purchaseAmount": "150.00",
                             "createdAt": "2026-04-17T14:37:44Z", "updatedAt": "2026-04-17T15:30:00Z" } ] }
            """;

    /** §5.1 error shape 1, the Errors page. */
    static final String ERROR_DOCUMENTED = """
            { "status": 400, "code": "11", "type": "invalidParam",
              "detail": "accountNumber is required", "traceId": "5f8f2a8e-4b7c-4a1e-8d3f-1234567890ab" }
            """;

    /** §5.1 error shape 2, the OpenAPI error component. */
    static final String ERROR_OPENAPI = """
            { "statusCode": 400, "error": "Bad Request", "message": "limit must be a number" }
            """;

    /** §5.1 error shape 3, the /client-url example. */
    static final String ERROR_CLIENT_URL = """
            { "error": { "type": "bad_request", "info": null }, "message": null }
            """;
}
