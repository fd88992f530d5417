package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry in a mounted backup. Root names are display names ({@code Partition 2 (101.4 GB)}, raw
 * {@code lsblk} escapes kept); {@code path} is what to send back; a directory's size is whatever
 * {@code stat} says; {@code symlinkTarget} comes only from {@link HubClient#fileInfo}.
 */
public record FileEntry(String name, HubPath path, EntryType type, long size, String mode, @Nullable Instant modified,
        boolean symlink, @Nullable String symlinkTarget) {

    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }
}
