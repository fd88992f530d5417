package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The whole credential, always: the hub's {@code PUT} blanks every field that is left out. A
 * {@code null} password on update keeps the stored one; on create it is required.
 */
public record VmwareCredentialDraft(String name, String vcenterHost, String username, @Nullable String password,
        String datacenter, boolean active, boolean isDefault) {

    public static VmwareCredentialDraft of(VmwareCredential stored) {
        return new VmwareCredentialDraft(stored.name(), stored.vcenterHost(), stored.username(), null,
                stored.datacenter(), stored.active(), stored.isDefault());
    }

    @Override
    public String toString() {
        return "VmwareCredentialDraft[name=%s, vcenterHost=%s, username=%s, password=%s, datacenter=%s]".formatted(name,
                vcenterHost, username, password == null ? "(kept)" : "***", datacenter);
    }
}
