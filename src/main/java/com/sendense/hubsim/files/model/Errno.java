package com.sendense.hubsim.files.model;

/** With the texts Go prints for them. */
public enum Errno {

    ENOENT("no such file or directory"), ENOTDIR("not a directory"), ELOOP("too many levels of symbolic links"), EISDIR(
            "is a directory");

    private final String text;

    Errno(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
