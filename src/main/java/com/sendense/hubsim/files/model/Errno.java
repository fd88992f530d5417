package com.sendense.hubsim.files.model;

/** The system-call errors path resolution can hit, with Go's (strerror) texts. */
public enum Errno {
    ENOENT("no such file or directory"),
    ENOTDIR("not a directory"),
    ELOOP("too many levels of symbolic links"),
    EISDIR("is a directory");

    private final String text;

    Errno(String text) {
        this.text = text;
    }

    /** The text Go prints for this error, e.g. {@code no such file or directory}. */
    public String text() {
        return text;
    }
}
