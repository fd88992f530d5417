package com.sendense.console.hub;

/**
 * The id of a mounted backup disk (a UUID from the hub).
 *
 * @param value the id; not blank
 */
public record MountId(String value) {

    public MountId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A mount id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
