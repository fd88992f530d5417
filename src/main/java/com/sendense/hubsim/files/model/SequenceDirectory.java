package com.sendense.hubsim.files.model;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Entries are computed from their index, so 100,000 cost no memory; names must sort in index order. */
public final class SequenceDirectory implements Directory {

    private final String name;
    private final Instant modified;
    private final int mode;
    private final long statSize;
    private final int count;
    private final IntFunction<Node> entry;
    private final Function<String, OptionalInt> indexOf;

    public SequenceDirectory(String name, Instant modified, int mode, long statSize, int count, IntFunction<Node> entry,
            Function<String, OptionalInt> indexOf) {
        this.name = name;
        this.modified = modified;
        this.mode = mode;
        this.statSize = statSize;
        this.count = count;
        this.entry = entry;
        this.indexOf = indexOf;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Instant modified() {
        return modified;
    }

    @Override
    public int mode() {
        return mode;
    }

    @Override
    public long statSize() {
        return statSize;
    }

    @Override
    public List<Node> entries() {
        return new Entries();
    }

    @Override
    public Optional<Node> find(String childName) {
        OptionalInt index = indexOf.apply(childName);
        if (index.isEmpty() || index.getAsInt() < 0 || index.getAsInt() >= count) {
            return Optional.empty();
        }
        return Optional.of(entry.apply(index.getAsInt()));
    }

    private final class Entries extends AbstractList<Node> implements RandomAccess {

        @Override
        public Node get(int index) {
            return entry.apply(index);
        }

        @Override
        public int size() {
            return count;
        }
    }
}
