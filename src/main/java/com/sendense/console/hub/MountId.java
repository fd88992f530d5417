package com.sendense.console.hub;

/** A UUID from the hub. */
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
