package com.sendense.console.hub;

public enum RepositoryType {
    LOCAL, NFS, CIFS, SMB, OTHER
}
