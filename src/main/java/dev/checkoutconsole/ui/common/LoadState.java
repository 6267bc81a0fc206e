package dev.checkoutconsole.ui.common;

/** What a view that shows server data is doing, so empty, loading and error each look like what they are. */
public enum LoadState {
    /** Nothing asked yet. */
    IDLE,
    LOADING,
    /** Data is shown. */
    LOADED,
    /** The server answered with no rows. */
    EMPTY,
    /** The server refused or failed; the error says why. */
    ERROR,
    /** The server could not be reached; retry may help. */
    UNREACHABLE
}
