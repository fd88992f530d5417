package com.sendense.hubsim.files.model;

import java.time.Instant;

public record RegularFile(String name, Instant modified, int mode, Content content) implements Node {

    public long size() {
        return content.length();
    }
}
