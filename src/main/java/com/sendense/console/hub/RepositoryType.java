package com.sendense.console.hub;

/** The kind of storage behind a backup repository. */
public enum RepositoryType {
    LOCAL,
    NFS,
    CIFS,
    SMB,
    /** Any type this console does not know. */
    OTHER
}
