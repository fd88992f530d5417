package com.sendense.console.e2e;

import com.sendense.console.hub.MountId;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.ui.MountLeaseBar;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * Test-only page that shows a mount's lease bar the way the file browser's header does, so the
 * browser test of the mount lease does not depend on the file browser view (another branch).
 */
@Route("e2e/lease/:mountId/:path*")
@PermitAll
class LeaseBarHostView extends Main implements BeforeEnterObserver {

    private final MountService mounts;
    private final LiveUpdates live;
    private final Clock clock;

    LeaseBarHostView(MountService mounts, LiveUpdates live, Clock clock) {
        this.mounts = mounts;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("mountId").orElseThrow();
        String path = "/" + event.getRouteParameters().get("path").orElse("");
        mounts.find(new MountId(id)).ifPresentOrElse(
                m -> add(new MountLeaseBar(m, () -> path, mounts, live, clock)),
                () -> add(new Span("No such mount")));
    }
}
