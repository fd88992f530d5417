package com.sendense.hubsim.files.model;

import java.time.Instant;

/** What {@code stat} shows through each Linux driver: default modes, directory sizes, timestamp precision. */
public enum FsKind {

    /** Through ntfs-3g: everything 0777, 100 ns timestamps. */
    NTFS("ntfs", 0777, 0777), EXT4("ext4", 0755, 0644),
    /** Small directories are stored inline with tiny sizes. */
    XFS("xfs", 0755, 0644),
    /** EFI system partition: 0755 from the default umask, 2 s timestamps. */
    VFAT("vfat", 0755, 0755);

    private final String lsblkName;
    private final int directoryMode;
    private final int fileMode;

    FsKind(String lsblkName, int directoryMode, int fileMode) {
        this.lsblkName = lsblkName;
        this.directoryMode = directoryMode;
        this.fileMode = fileMode;
    }

    /** The hub stores lsblk's FSTYPE as the mount's {@code filesystem_type}. */
    public String lsblkName() {
        return lsblkName;
    }

    public int directoryMode() {
        return directoryMode;
    }

    public int fileMode() {
        return fileMode;
    }

    /** ntfs-3g and vfat show fixed modes. */
    public boolean hasUnixModes() {
        return this == EXT4 || this == XFS;
    }

    /** Approximates each driver's on-disk format. */
    public long directorySize(long count, long nameChars) {
        return switch (this) {
            // small indexes stay resident in the MFT record: ntfs-3g then reports 0
            case NTFS -> count <= 3 ? 0 : 4096 * Math.max(1, ceilDiv((count * 82 + nameChars * 2) * 14 / 10, 4096));
            case EXT4 -> 4096 * Math.max(1, ceilDiv(count * 12 + nameChars + 24, 3072));
            case XFS -> {
                long inline = 6 + count * 8 + nameChars;
                yield inline <= 336 ? inline : 4096 * Math.max(1, ceilDiv(count * 16 + nameChars, 4096));
            }
            case VFAT -> 4096 * Math.max(1, ceilDiv(64 + count * 32 + (count + nameChars / 13) * 32, 4096));
        };
    }

    /** {@code hash} varies the precision per entry. */
    public Instant stamp(Instant t, long hash) {
        return switch (this) {
            // about one NTFS entry in five was written by a tool that only sets whole seconds
            case NTFS ->
                Instant.ofEpochSecond(t.getEpochSecond(), Math.floorMod(hash, 5) == 0 ? 0 : t.getNano() / 100 * 100);
            case EXT4, XFS -> t;
            case VFAT -> Instant.ofEpochSecond(t.getEpochSecond() & ~1L);
        };
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
