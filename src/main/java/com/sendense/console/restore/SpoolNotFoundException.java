package com.sendense.console.restore;

/** No such spooled file for the signed-in user: never there, expired, deleted, still filling, or someone else's. */
public final class SpoolNotFoundException extends RuntimeException {

    public SpoolNotFoundException(String id) {
        super("No spooled file " + id);
    }
}
