package com.sendense.console.e2e;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Sets the scene for the file-browser tests: a recovery point mounted through the console's service, as an admin. */
final class AdminMounts {

    private AdminMounts() {}

    /** Mounts disk 0 of the VM's first completed backup, signed in as admin for the service's method security. */
    static MountId mountFirstCompleted(HubClient hub, MountService mounts, String vm) {
        Backup backup = hub.backups(BackupFilter.forVm(vm))
                .stream()
                .filter(b -> b.status() == BackupStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("admin", "",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
        try {
            return mounts.mount(vm, backup.id(), 0).mountId();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
