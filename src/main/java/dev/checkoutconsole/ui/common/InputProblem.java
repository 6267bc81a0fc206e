package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.InvalidInputException;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import java.util.function.Supplier;

/**
 * What is wrong with a form field, kept up to date as the user types: the message of the check's
 * InvalidInputException, which names the field, or null while the field is fine.
 */
public final class InputProblem {
    private InputProblem() {
    }

    public static StringBinding of(Supplier<?> check, Observable... inputs) {
        return Bindings.createStringBinding(() -> {
            try {
                check.get();
                return null;
            } catch (InvalidInputException invalid) {
                return invalid.getMessage();
            }
        }, inputs);
    }
}
