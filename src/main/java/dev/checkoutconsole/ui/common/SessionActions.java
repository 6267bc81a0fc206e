package dev.checkoutconsole.ui.common;

/** The sessions view's actions that the main window's menus and shortcuts trigger. */
public interface SessionActions {
    void reload();

    void focusFilters();

    void newSession();

    void openFromLink();

    void delete();

    void copySelectedId();
}
