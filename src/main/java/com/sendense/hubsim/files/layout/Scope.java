package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.LazyDirectory;
import com.sendense.hubsim.files.model.LinkTarget;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.Symlink;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Times, modes and seeds derive from each entry's path, so the same disk always yields the same tree. */
record Scope(TreeContext context, String path) {

    public Scope in(String name) {
        return new Scope(context, path + "/" + name);
    }

    /** A seed for the entry {@code name} of this directory. */
    public long seed(String name) {
        return Prng.derive(context.seed(), path + "/" + name);
    }

    public Prng prng(String name) {
        return new Prng(seed(name));
    }

    /** The modification time of the entry {@code name}, with the file system's precision. */
    public Instant time(String name, Age age) {
        long h = seed(name + "#time");
        double f = (h >>> 11) * 0x1.0p-53;
        long nanos = Long.remainderUnsigned(Prng.mix(h), 1_000_000_000L);
        Instant t = context.capturedAt().minusSeconds(age.secondsBefore(f) + 1).plusNanos(nanos);
        return context.fs().stamp(t, h);
    }

    /**
     * Like {@link #time}, but the same in every recovery point until the entry's next change: the entry changes once
     * per {@code age} span at a phase of its own, and shows its latest change before the backup. Two backups a day
     * apart then differ only in the entries that changed in between, as on a real disk.
     */
    public Instant steadyTime(String name, Age age) {
        long h = seed(name + "#time");
        long period = Math.max(60, age.secondsBefore(1.0) - age.secondsBefore(0.0));
        long phase = Long.remainderUnsigned(h, period);
        long latest = context.capturedAt().getEpochSecond() - age.secondsBefore(0.0) - 1;
        long t = Math.floorDiv(latest - phase, period) * period + phase;
        return context.fs().stamp(Instant.ofEpochSecond(t, Long.remainderUnsigned(Prng.mix(h), 1_000_000_000L)), h);
    }

    public Directory dir(String name, Age age, Function<Scope, List<Node>> entries) {
        return dir(name, age, context.fs().directoryMode(), entries);
    }

    /** A directory with its own mode (ignored where the file system shows fixed modes). */
    public Directory dir(String name, Age age, int mode, Function<Scope, List<Node>> entries) {
        Scope inner = in(name);
        return new LazyDirectory(name, time(name, age), effective(mode, context.fs().directoryMode()), context.fs(),
                () -> entries.apply(inner));
    }

    public Directory empty(String name, Age age) {
        return dir(name, age, s -> List.of());
    }

    public RegularFile file(String name, Age age, Content content) {
        return file(name, age, context.fs().fileMode(), content);
    }

    /** A file with its own mode (ignored where the file system shows fixed modes). */
    public RegularFile file(String name, Age age, int mode, Content content) {
        return new RegularFile(name, time(name, age), effective(mode, context.fs().fileMode()), content);
    }

    public RegularFile text(String name, Age age, Supplier<String> text) {
        return file(name, age, Contents.text(text));
    }

    public RegularFile text(String name, Age age, int mode, Supplier<String> text) {
        return file(name, age, mode, Contents.text(text));
    }

    /** {@code length} random bytes behind a magic number (executables, databases, images of disks). */
    public RegularFile binary(String name, Age age, long length, String magic) {
        return file(name, age, Contents.random(length, seed(name), Contents.magic(magic)));
    }

    /** Random bytes behind a magic number, with its own mode. */
    public RegularFile binary(String name, Age age, int mode, long length, String magic) {
        return file(name, age, mode, Contents.random(length, seed(name), Contents.magic(magic)));
    }

    /** A symlink storing {@code target} as it is. */
    public Symlink link(String name, Age age, String target) {
        return new Symlink(name, time(name, age), new LinkTarget.Raw(target));
    }

    /** An NTFS junction to {@code pathInPartition}, e.g. {@code /Users}. */
    public Symlink junction(String name, Age age, String pathInPartition) {
        return new Symlink(name, time(name, age), new LinkTarget.Junction(pathInPartition));
    }

    private int effective(int mode, int fixed) {
        return context.fs().hasUnixModes() ? mode : fixed;
    }
}
