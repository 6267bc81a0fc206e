package dev.checkoutconsole.api;

import okhttp3.Headers;

import java.nio.charset.StandardCharsets;

/** An answer as it came off the wire, read completely so the connection is free again. */
record RawResponse(int status, Headers headers, byte[] body) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RawResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
