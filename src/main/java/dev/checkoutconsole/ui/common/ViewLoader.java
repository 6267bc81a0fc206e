package dev.checkoutconsole.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads an FXML view from src/main/resources/fxml/ and builds its controller with its dependencies through the
 * composition root's controller factory (controllers have no no-argument constructors).
 */
public final class ViewLoader {
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(String fxmlName) {
        return load(fxmlName, controllerFactory);
    }

    /** Loads a view whose controller was built by the caller, e.g. one made for a single session. */
    public <C> View<C> load(String fxmlName, C controller) {
        return load(fxmlName, type -> type.isInstance(controller) ? controller : controllerFactory.call(type));
    }

    private <C> View<C> load(String fxmlName, Callback<Class<?>, Object> factory) {
        URL location = ViewLoader.class.getResource("/fxml/" + fxmlName);
        if (location == null) {
            throw new IllegalArgumentException("No FXML named " + fxmlName + " under /fxml/");
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + fxmlName, e);
        }
    }
}
