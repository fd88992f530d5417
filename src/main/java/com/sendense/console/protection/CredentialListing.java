package com.sendense.console.protection;

import com.sendense.console.hub.VmwareCredential;
import java.util.List;

/**
 * A vCenter credential with the VMs whose contexts use it, counted from the hub's VM list: the hub's own
 * {@code usage_count} counts another column and its delete check never sees these VMs.
 */
public record CredentialListing(VmwareCredential credential, List<String> vmNames) {

    public CredentialListing {
        vmNames = List.copyOf(vmNames);
    }

    public boolean inUse() {
        return !vmNames.isEmpty();
    }
}
