package com.sendense.console.alerts;

/** Sending failed; the message is the server's or webhook's own words (or what the console saw), for the log. */
class DeliveryException extends Exception {

    DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    DeliveryException(String message) {
        super(message);
    }
}
