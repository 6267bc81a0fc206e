package dev.checkoutconsole.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Table cell value factories for rows that are immutable records. */
public final class Cells {
    private Cells() {
    }

    /** A column showing a text derived from the row. */
    public static <R> Callback<TableColumn.CellDataFeatures<R, String>, ObservableValue<String>> text(Function<R, String> value) {
        return cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()));
    }
}
