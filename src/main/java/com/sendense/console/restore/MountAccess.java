package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/** The mount bookkeeping as browsing and downloads see it; {@link MountServiceAccess} implements it. */
public interface MountAccess {

    Optional<BrowseMount> find(MountId id);

    /** Keeps the mount from being unmounted as unused until the registration is removed. */
    Registration use(MountId id, String sessionId);
}
