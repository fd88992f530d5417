package com.sendense.console.protection;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * vCenter logins, for administrators. The hub's {@code PUT} blanks every field it is not sent, so every
 * write here sends the whole credential; an empty password is the one field the hub keeps (contract P7.4).
 * Its connection test and set-default route are stubs that change or check nothing, so neither is used.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class VcenterCredentialService {

    private final HubClient hub;

    VcenterCredentialService(HubClient hub) {
        this.hub = hub;
    }

    /** Sorted by name, each with the VMs that use it. */
    public List<CredentialListing> list() {
        Map<Integer, List<String>> users = hub.vms()
                .stream()
                .filter(VmContext::hasCredential)
                .collect(Collectors.groupingBy(vm -> Objects.requireNonNull(vm.credentialId()),
                        Collectors.mapping(VmContext::vmName, Collectors.toList())));
        return hub.vmwareCredentials()
                .stream()
                .sorted(Comparator.comparing(VmwareCredential::name, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new CredentialListing(c,
                        users.getOrDefault(c.id(), List.of()).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()))
                .toList();
    }

    /** The VMs whose backups break when this credential is deleted, read fresh from the hub. */
    public List<String> vmsUsing(int credentialId) {
        return hub.vms()
                .stream()
                .filter(vm -> Integer.valueOf(credentialId).equals(vm.credentialId()))
                .map(VmContext::vmName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    public VmwareCredential create(VmwareCredentialDraft draft) {
        VmwareCredential created = hub.createVmwareCredential(draft);
        if (draft.isDefault()) {
            clearOtherDefaults(created.id());
        }
        return created;
    }

    /** {@code draft} must be complete; a {@code null} password keeps the stored one. */
    public void update(int id, VmwareCredentialDraft draft) {
        hub.updateVmwareCredential(id, draft);
        if (draft.isDefault()) {
            clearOtherDefaults(id);
        }
    }

    /** The hub's {@code set-default} route does nothing: the flag goes through a whole-object {@code PUT}. */
    public void setDefault(VmwareCredential stored) {
        VmwareCredentialDraft keep = VmwareCredentialDraft.of(stored);
        update(stored.id(), new VmwareCredentialDraft(keep.name(), keep.vcenterHost(), keep.username(), null,
                keep.datacenter(), keep.active(), true));
    }

    public void delete(int id) {
        hub.deleteVmwareCredential(id);
    }

    /** The hub does not keep a single default by itself; the new one is set first, so there is never none. */
    private void clearOtherDefaults(int keptId) {
        for (VmwareCredential other : hub.vmwareCredentials()) {
            if (other.id() != keptId && other.isDefault()) {
                VmwareCredentialDraft d = VmwareCredentialDraft.of(other);
                hub.updateVmwareCredential(other.id(), new VmwareCredentialDraft(d.name(), d.vcenterHost(),
                        d.username(), null, d.datacenter(), d.active(), false));
            }
        }
    }
}
