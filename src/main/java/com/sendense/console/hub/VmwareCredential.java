package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A vCenter login; the hub never returns its password. Times only come with the list. */
public record VmwareCredential(int id, String name, String vcenterHost, String username, String datacenter,
        boolean active, boolean isDefault, @Nullable Instant lastUsed, int usageCount) {}
