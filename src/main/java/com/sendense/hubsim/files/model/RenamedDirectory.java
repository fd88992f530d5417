package com.sendense.hubsim.files.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A partition's root seen as {@code partition-<k>}. */
public record RenamedDirectory(String name, Directory delegate) implements Directory {

    @Override
    public Instant modified() {
        return delegate.modified();
    }

    @Override
    public int mode() {
        return delegate.mode();
    }

    @Override
    public long statSize() {
        return delegate.statSize();
    }

    @Override
    public List<Node> entries() {
        return delegate.entries();
    }

    @Override
    public Optional<Node> find(String childName) {
        return delegate.find(childName);
    }
}
