package com.sendense.console.hub;

/** Symlinks and NTFS junctions are {@link #FILE} on the hub, with {@link FileEntry#symlink()} set. */
public enum EntryType {
    FILE, DIRECTORY
}
