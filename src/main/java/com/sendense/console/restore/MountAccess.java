package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * The mount bookkeeping as the browse half sees it: which VM a mount belongs to, and keeping a
 * mount in use while downloads run. Implemented over the restore-mount half's {@code MountService}
 * once that is merged; until then by {@link ProvisionalMounts}.
 */
public interface MountAccess {

    /** The mount, if the console knows it and the hub still has it. */
    Optional<BrowseMount> find(MountId id);

    /**
     * Marks the mount as in use by a session (keep-alive, no unmount on close) until the returned
     * registration is removed.
     */
    Registration use(MountId id, String sessionId);
}
