package com.sendense.console.protection.ui;

import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmwareCredential;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** vCenter contents and credentials for the discovery tests, and waiting for the dialog's background calls. */
final class DiscoveryTestSupport {

    static final VmwareCredential PROD = new VmwareCredential(35, "vcenter-prod", "vcenter.example.local",
            "backup-svc@vsphere.local", "DC", true, true, null, 0);
    static final VmwareCredential LAB = new VmwareCredential(36, "vcenter-lab", "lab.example.local", "svc@lab", "Lab",
            true, false, null, 0);

    private DiscoveryTestSupport() {}

    static DiscoveredVm inVcenter(String name, int disks, long gib) {
        return new DiscoveredVm("4205-" + name, name, "/DC/vm/" + name, PowerState.ON, "ubuntu64Guest", 8192, 4, disks,
                gib << 30, false, null);
    }

    /** Waits for the background hub call the dialog started, then runs the UI updates it queued. */
    static void finish(@Nullable CompletableFuture<?> pending) {
        if (pending != null) {
            pending.handle((r, e) -> null).join();
        }
        MockVaadin.clientRoundtrip();
    }
}
