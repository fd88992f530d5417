package com.sendense.hubsim.files.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Built on first use, so only the directories somebody browses are ever built. */
public final class LazyDirectory implements Directory {

    private final String name;
    private final Instant modified;
    private final int mode;
    private final FsKind fs;
    private final Supplier<List<Node>> builder;
    private volatile @Nullable List<Node> entries;

    public LazyDirectory(String name, Instant modified, int mode, FsKind fs, Supplier<List<Node>> builder) {
        this.name = name;
        this.modified = modified;
        this.mode = mode;
        this.fs = fs;
        this.builder = builder;
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
        List<Node> all = entries();
        long chars = 0;
        for (Node node : all) {
            chars += node.name().length();
        }
        return fs.directorySize(all.size(), chars);
    }

    @Override
    public List<Node> entries() {
        List<Node> result = entries;
        if (result == null) {
            synchronized (this) {
                result = entries;
                if (result == null) {
                    List<Node> built = new ArrayList<>(builder.get());
                    built.sort((a, b) -> Utf8Order.compare(a.name(), b.name()));
                    result = Collections.unmodifiableList(built);
                    entries = result;
                }
            }
        }
        return result;
    }
}
