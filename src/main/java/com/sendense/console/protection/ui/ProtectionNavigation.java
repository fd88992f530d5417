package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.RouteSegment;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** How other features open the Protection pages. */
public final class ProtectionNavigation {

    static final String FLOW_ID = "flowId";

    private ProtectionNavigation() {}

    public static void showFlows() {
        UI.getCurrent().navigate(ProtectionView.class);
    }

    public static void showFlow(String flowId) {
        UI.getCurrent().navigate(FlowView.class, flowRoute(flowId));
    }

    /** A link to a flow's page, e.g. from a VM's details. */
    public static RouterLink flowLink(String text, String flowId) {
        return new RouterLink(text, FlowView.class, flowRoute(flowId));
    }

    static RouteParameters flowRoute(String flowId) {
        return new RouteParameters(FLOW_ID, RouteSegment.encode(flowId));
    }

    static String flowId(RouteParameters parameters) {
        return parameters.get(FLOW_ID).map(RouteSegment::decode).orElse("");
    }
}
