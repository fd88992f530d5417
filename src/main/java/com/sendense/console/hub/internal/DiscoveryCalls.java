package com.sendense.console.hub.internal;

import com.sendense.console.hub.AddVmsResult;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import java.util.List;

/** VM discovery and vCenter credentials (contract P7). {@code bulk-add} is never called. */
final class DiscoveryCalls {

    private static final String CREDENTIALS = "/api/v1/vmware-credentials";
    private static final String ADDED_BY = "sendense-console";

    private final HubPipeline pipeline;
    private final DiscoveryMapper mapper;

    DiscoveryCalls(HubPipeline pipeline, DiscoveryMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    Discovery discover(int credentialId, String filter) {
        return pipeline.json(
                HubCall.post("discoverVms", "/api/v1/discovery/discover-vms")
                        .body(new DiscoveryJson.DiscoverRequest(credentialId, filter, false)),
                DiscoveryJson.DiscoverResponse.class, mapper::discovery);
    }

    AddVmsResult add(int credentialId, List<String> vmNames) {
        if (vmNames.isEmpty()) {
            throw new IllegalArgumentException("Name at least one VM to add");
        }
        List<String> names = List.copyOf(vmNames);
        return pipeline.json(
                HubCall.post("addVms", "/api/v1/discovery/add-vms")
                        .body(new DiscoveryJson.AddRequest(credentialId, names, ADDED_BY)),
                DiscoveryJson.AddResponse.class, wire -> DiscoveryMapper.added(names, wire));
    }

    List<VmwareCredential> credentials() {
        return pipeline.json(HubCall.get("vmwareCredentials", CREDENTIALS), DiscoveryJson.CredentialList.class,
                mapper::credentials);
    }

    VmwareCredential credential(int id) {
        return pipeline.json(HubCall.get("vmwareCredential", CREDENTIALS + "/{id}").path("id", String.valueOf(id)),
                DiscoveryJson.Credential.class, mapper::credential);
    }

    VmwareCredential create(VmwareCredentialDraft d) {
        if (d.password() == null || d.password().isEmpty()) {
            throw new IllegalArgumentException("A new vCenter credential needs its password");
        }
        return pipeline.json(HubCall.post("createVmwareCredential", CREDENTIALS).body(write(d)),
                DiscoveryJson.CredentialCreated.class, created -> mapper.credential(created.credential()));
    }

    void update(int id, VmwareCredentialDraft d) {
        pipeline.bodiless(HubCall.put("updateVmwareCredential", CREDENTIALS + "/{id}")
                .path("id", String.valueOf(id))
                .body(write(d)));
    }

    void delete(int id) {
        pipeline.bodiless(
                HubCall.delete("deleteVmwareCredential", CREDENTIALS + "/{id}").path("id", String.valueOf(id)));
    }

    /** An empty password keeps the stored one on update. */
    private static DiscoveryJson.CredentialWrite write(VmwareCredentialDraft d) {
        return new DiscoveryJson.CredentialWrite(d.name(), d.vcenterHost(), d.username(),
                d.password() == null ? "" : d.password(), d.datacenter(), d.active(), d.isDefault());
    }
}
