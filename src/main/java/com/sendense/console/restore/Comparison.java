package com.sendense.console.restore;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.MountId;
import com.vaadin.flow.shared.Registration;

/**
 * An open comparison: the browsed mount and the other recovery point's mount, which it keeps in use until {@link
 * CompareService#close}. {@code madeByCompare}: the other disk was not mounted before, so closing unmounts it.
 */
public record Comparison(MountId mount, Backup backup, MountId otherMount, Backup other, boolean madeByCompare,
        String holderId, Registration inUse) {

    public Backup older() {
        return backup.createdAt().isAfter(other.createdAt()) ? other : backup;
    }

    public Backup newer() {
        return older() == backup ? other : backup;
    }

    /** The mount that holds {@code b}. */
    public MountId mountOf(Backup b) {
        return b.id().equals(other.id()) ? otherMount : mount;
    }
}
