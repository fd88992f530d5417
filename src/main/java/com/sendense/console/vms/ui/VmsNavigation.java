package com.sendense.console.vms.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/** The only way other features open the VM inventory. */
public final class VmsNavigation {

    private VmsNavigation() {}

    public static void showVm(String vmName) {
        UI.getCurrent().navigate(VmListView.class, QueryParameters.simple(Map.of(VmListView.VM_PARAM, vmName)));
    }
}
