package dev.checkoutconsole.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {

    @Test
    void alignsColumnsAndRightAlignsAmounts() {
        StringWriter text = new StringWriter();
        TextTable.withColumns("ID", "TOTAL>", "STATUS")
                .row("a1", "49,990", "ATTEMPT")
                .row("b22", "5", null)
                .print(new PrintWriter(text));

        assertThat(text.toString().split("\\R")).containsExactly(
                "ID    TOTAL  STATUS",
                "a1   49,990  ATTEMPT",
                "b22       5");
    }
}
