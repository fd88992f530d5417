package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.NewRepository;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.StorageRefresh;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The hub's backup repositories: operators and administrators create, test, refresh and delete
 * them, managers read them. The hub has no update: a repository is changed by deleting and creating
 * it, which only works while it never held a backup. A CIFS password goes to the hub and is never
 * logged or read back (the hub returns it in clear; the client drops it).
 */
@Service
public class RepositoryAdminService {

    /** The hub's name column is unique; longer names break every grid they appear in. */
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_RETENTION_DAYS = 36_500;

    private static final Logger log = LoggerFactory.getLogger(RepositoryAdminService.class);

    private final HubClient hub;
    private final CurrentUser currentUser;

    RepositoryAdminService(HubClient hub, CurrentUser currentUser) {
        this.hub = hub;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may change (managers only read): the views hide the controls otherwise. */
    public boolean canChange() {
        return currentUser.hasRole(Role.OPERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    /** Only the enabled ones: the hub lists no other. */
    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
    public List<Repository> repositories() {
        return hub.repositories()
                .stream()
                .sorted(Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** For a local repository the hub measures but does not store the figures: read the list again after. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public StorageRefresh refreshStorage() {
        StorageRefresh result = hub.refreshRepositoryStorage();
        log.info("{} refreshed repository storage: {} refreshed, {} failed", user(), result.refreshed(),
                result.failed());
        return result;
    }

    /** A local test creates the folder when it is missing: it has a side effect, as creating would. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public RepositoryConnectionCheck test(RepositorySpec spec) {
        RepositoryTestResult result = hub.testRepository(spec);
        return new RepositoryConnectionCheck(spec.type(), result.success(), result.message(), result.errorDetails());
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public RepositoryCreation create(String name, RepositorySpec spec, boolean immutable, int minRetentionDays) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(Text.of("protection.repositories.noName"));
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(Text.of("protection.repositories.nameLength", MAX_NAME_LENGTH));
        }
        if (minRetentionDays < 0 || minRetentionDays > MAX_RETENTION_DAYS) {
            throw new InvalidInputException(Text.of("protection.repositories.retentionRange", MAX_RETENTION_DAYS));
        }
        Repository created = hub.createRepository(new NewRepository(clean, spec, immutable, minRetentionDays));
        log.info("{} created {} repository {} ({})", user(), spec.type(), created.id(), clean);
        Optional<Repository> listed = hub.repositories().stream().filter(r -> r.id().equals(created.id())).findFirst();
        Repository shown = listed.orElse(created);
        return new RepositoryCreation(shown, listed.isPresent(), shown.storageInfo().isPresent());
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public RepositoryDeletionCheck deletionCheck(Repository repository) {
        int inHistory = hub.backups(BackupFilter.forRepository(repository.id())).size();
        int hubCount = repository.storageInfo().map(StorageInfo::backupCount).orElse(0);
        return new RepositoryDeletionCheck(repository, inHistory, hubCount);
    }

    /** Checks first; the hub's own refusal still arrives as {@code REPOSITORY_HAS_BACKUPS} if it counts more. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(Repository repository) {
        RepositoryDeletionCheck check = deletionCheck(repository);
        if (check.refused()) {
            throw new RepositoryDeletionRefusedException(check);
        }
        hub.deleteRepository(repository.id());
        log.info("{} deleted repository {} ({})", user(), repository.id(), repository.name());
    }

    private String user() {
        return currentUser.username().orElse("unknown");
    }
}
