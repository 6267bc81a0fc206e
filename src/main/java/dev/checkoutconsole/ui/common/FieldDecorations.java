package dev.checkoutconsole.ui.common;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The ControlsFX marks of one form: each field shows the problem its view-model finds in it, as it changes. The
 * view-model decides what is wrong; ControlsFX only draws the mark and its tooltip beside the field.
 */
public final class FieldDecorations {
    private final ValidationSupport validation = new ValidationSupport();

    public void decorate(Control field, StringBinding problem) {
        validation.registerValidator(field, false,
                (Control control, Object value) -> ValidationResult.fromErrorIf(control, problem.get(), problem.get() != null));
        problem.addListener((observable, old, now) -> validation.revalidate(field));
    }
}
