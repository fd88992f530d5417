package com.sendense.hubsim.files.model;

public final class FsException extends Exception {

    private final Errno errno;

    public FsException(Errno errno) {
        super(errno.text(), null, false, false);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}
