package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputValidationTest {

    @Test
    void durationUnderThirtySecondsIsRefusedNamingTheField() {
        assertThat(InputValidation.duration("duration", 30)).isEqualTo(30);
        assertThatThrownBy(() -> InputValidation.duration("duration", 29))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("duration:")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("duration");
    }

    @Test
    void anOperatorIsRequiredAndAtMostOneHundredCharacters() {
        assertThat(InputValidation.operator(" " + "a".repeat(100) + " ")).isEqualTo("a".repeat(100));
        assertThatThrownBy(() -> InputValidation.operator("a".repeat(101)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("operator:").hasMessageContaining("100");
        assertThatThrownBy(() -> InputValidation.operator(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("operator:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "abc", "", " ", "99999999999"})
    void limitMustBeANonNegativeWholeNumber(String text) {
        assertThatThrownBy(() -> InputValidation.nonNegativeInt("limit", text))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("limit:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@example", "@example.com", "jane doe@example.com", ""})
    void anEmailAddressMustHaveAnAtAndADomain(String text) {
        assertThatThrownBy(() -> InputValidation.email("email", text))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("email:");
    }

    @Test
    void anEmailAddressIsTrimmed() {
        assertThat(InputValidation.email("email", " jane@example.com ")).isEqualTo("jane@example.com");
    }

    @Test
    void wholeNumbersAreRead() {
        assertThat(InputValidation.nonNegativeInt("offset", " 0 ")).isZero();
        assertThat(InputValidation.nonNegativeInt("offset", "500")).isEqualTo(500);
    }

    @Test
    void currencyMustBeOneTheApiTakes() {
        assertThat(InputValidation.currency("currency", "clp")).isEqualTo("CLP");
        assertThat(InputValidation.currency("currency", "USDC")).as("a stablecoin, not ISO 4217").isEqualTo("USDC");
        assertThatThrownBy(() -> InputValidation.currency("currency", "JPY")).as("ISO 4217, but not taken by the API")
                .hasMessageStartingWith("currency:").hasMessageContaining("USDT");
        assertThatThrownBy(() -> InputValidation.currency("currency", "ABC")).hasMessageStartingWith("currency:");
        assertThatThrownBy(() -> InputValidation.currency("currency", "US")).hasMessageStartingWith("currency:");
    }

    @Test
    void urlsMustBeHttpOrHttps() {
        assertThat(InputValidation.httpUrl("success-url", "https://shop.example/ok")).isEqualTo("https://shop.example/ok");
        assertThat(InputValidation.httpUrl("success-url", "http://127.0.0.1:8787")).isEqualTo("http://127.0.0.1:8787");
        assertThatThrownBy(() -> InputValidation.httpUrl("success-url", "ftp://shop.example")).hasMessageStartingWith("success-url:");
        assertThatThrownBy(() -> InputValidation.httpUrl("success-url", "shop.example/ok")).hasMessageStartingWith("success-url:");
        assertThatThrownBy(() -> InputValidation.httpUrl("success-url", "javascript:alert(1)")).hasMessageStartingWith("success-url:");
    }

    @Test
    void amountsArePositiveAndUseTheCurrencysDecimals() {
        assertThat(InputValidation.amount("amount", "150.00", "USD")).isEqualByComparingTo("150");
        assertThat(InputValidation.amount("amount", "49990", "CLP")).isEqualTo(new BigDecimal("49990"));
        assertThatThrownBy(() -> InputValidation.amount("amount", "10.5", "CLP")).hasMessageContaining("no decimals");
        assertThatThrownBy(() -> InputValidation.amount("amount", "10.555", "USD")).hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> InputValidation.amount("amount", "0", "USD")).hasMessageContaining("positive");
        assertThatThrownBy(() -> InputValidation.amount("amount", "-3", "USD")).hasMessageContaining("positive");
        assertThatThrownBy(() -> InputValidation.amount("amount", "1e3x", "USD")).hasMessageStartingWith("amount:");
    }

    @Test
    void enumValuesAreMatchedInAnyCaseAndJoined() {
        assertThat(InputValidation.oneOf("status", PaymentStatus.class, "created, settled")).isEqualTo("CREATED,SETTLED");
        assertThatThrownBy(() -> InputValidation.oneOf("status", PaymentStatus.class, "DONE"))
                .hasMessageStartingWith("status:").hasMessageContaining("DONE");
    }
}
