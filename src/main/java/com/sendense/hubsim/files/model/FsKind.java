package com.sendense.hubsim.files.model;

import java.time.Instant;

/**
 * The file systems the simulator puts on partitions, with what {@code stat} shows through each
 * Linux driver: default permission bits, directory sizes and timestamp precision.
 */
public enum FsKind {
    /** NTFS through ntfs-3g: everything 0777, 100 ns timestamps. */
    NTFS("ntfs", 0777, 0777),
    /** ext4: real Unix modes, nanosecond timestamps, directories in 4 KiB blocks. */
    EXT4("ext4", 0755, 0644),
    /** XFS: like ext4, but small directories are stored inline with tiny sizes. */
    XFS("xfs", 0755, 0644),
    /** FAT32 (EFI system partition): 0755 from the default umask, 2 s timestamps. */
    VFAT("vfat", 0755, 0755);

    private final String lsblkName;
    private final int directoryMode;
    private final int fileMode;

    FsKind(String lsblkName, int directoryMode, int fileMode) {
        this.lsblkName = lsblkName;
        this.directoryMode = directoryMode;
        this.fileMode = fileMode;
    }

    /** lsblk's FSTYPE, which the hub stores as the mount's {@code filesystem_type}. */
    public String lsblkName() {
        return lsblkName;
    }

    /** Mode of a directory unless the layout says otherwise. */
    public int directoryMode() {
        return directoryMode;
    }

    /** Mode of a file unless the layout says otherwise. */
    public int fileMode() {
        return fileMode;
    }

    /** Whether the layout may choose modes (ntfs-3g and vfat show fixed modes). */
    public boolean hasUnixModes() {
        return this == EXT4 || this == XFS;
    }

    /**
     * The size {@code stat} reports for a directory with {@code count} entries whose names have
     * {@code nameChars} characters in total. Approximates each driver's on-disk format.
     */
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

    /** Cuts {@code t} to what the file system stores; {@code hash} varies it per entry. */
    public Instant stamp(Instant t, long hash) {
        return switch (this) {
            // about one NTFS entry in five was written by a tool that only sets whole seconds
            case NTFS -> Instant.ofEpochSecond(t.getEpochSecond(), Math.floorMod(hash, 5) == 0 ? 0 : t.getNano() / 100 * 100);
            case EXT4, XFS -> t;
            case VFAT -> Instant.ofEpochSecond(t.getEpochSecond() & ~1L);
        };
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
