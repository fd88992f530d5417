package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.CurrentUser;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A mount of a VM outside the user's scope is refused rather than reported as gone. */
@Component
class MountServiceAccess implements MountAccess {

    private static final String UNKNOWN_VM = "(unknown VM)";

    private final MountService mounts;
    private final MountBookkeeping bookkeeping;
    private final MountUsage usage;
    private final CurrentUser currentUser;

    MountServiceAccess(MountService mounts, MountBookkeeping bookkeeping, MountUsage usage, CurrentUser currentUser) {
        this.mounts = mounts;
        this.bookkeeping = bookkeeping;
        this.usage = usage;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<BrowseMount> find(MountId id) {
        Optional<MountRecord> record = mounts.find(id);
        if (record.isEmpty()) {
            bookkeeping.find(id).filter(e -> !currentUser.vmScope().allows(e.vmName())).ifPresent(e -> {
                throw new AccessDeniedException("The VM " + e.vmName() + " is not in your scope");
            });
            return Optional.empty();
        }
        MountRecord r = record.get();
        return Optional.of(new BrowseMount(r.mountId(), r.vmName() == null ? UNKNOWN_VM : r.vmName(),
                Optional.ofNullable(r.backupId()).map(BackupId::value).orElse(""),
                r.diskIndex() == null ? 0 : r.diskIndex(), r.expiresAt()));
    }

    @Override
    public Registration use(MountId id, String holderId) {
        return usage.use(id, holderId);
    }
}
