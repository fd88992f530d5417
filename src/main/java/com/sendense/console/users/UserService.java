package com.sendense.console.users;

import com.sendense.console.base.i18n.Text;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration. Every operation needs the {@link Role#ADMIN} role, checked here and not
 * only in the view. Rules that would lock everyone out are refused with a
 * {@link UserManagementException} whose message can be shown as is: nobody can delete, disable or
 * demote the last enabled administrator, nor delete, disable or demote themselves.
 */
@Service
public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    UserService(UserRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder,
            ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** All users whose name or display name contains {@code filter} (ignoring case), by user name. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> list(String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return users.findAll()
                .stream()
                .filter(u -> f.isEmpty() || u.username().contains(f)
                        || u.displayName().toLowerCase(Locale.ROOT).contains(f))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    /** Whether a user with this name exists, ignoring case: for early feedback in forms. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.existsByUsername(username);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserAccount create(NewUser user) {
        String username = UserRules.normalizeUsername(user.username());
        check(UserRules.checkUsername(username));
        check(UserRules.checkDisplayName(user.displayName()));
        check(UserRules.checkPassword(user.password()));
        List<String> scope = scopeFor(user.role(), user.scopePatterns());
        if (users.existsByUsername(username)) {
            throw taken(username, null);
        }
        long id;
        try {
            id = users.insert(username, user.displayName().strip(), passwordEncoder.encode(user.password()),
                    user.role(), true, now());
        } catch (DuplicateKeyException e) {
            throw taken(username, e);
        }
        users.replaceScope(id, scope);
        log.info("User {} created with role {} by {}", username, user.role(), actor());
        return load(id);
    }

    /** Changes display name, role, enabled and scope at once. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserAccount update(long id, UserUpdate update) {
        UserAccount before = load(id);
        check(UserRules.checkDisplayName(update.displayName()));
        List<String> scope = scopeFor(update.role(), update.scopePatterns());
        if (isActor(before)) {
            if (!update.enabled()) {
                throw new UserManagementException(Text.of("users.error.disableSelf"));
            }
            if (update.role() != before.role()) {
                throw new UserManagementException(Text.of("users.error.changeOwnRole"));
            }
        }
        boolean staysAdmin = update.role() == Role.ADMIN && update.enabled();
        if (!staysAdmin) {
            refuseIfLastAdmin(before,
                    update.enabled() ? Text.of("users.error.lastAdminRole") : Text.of("users.error.lastAdminDisable"));
        }
        users.update(id, update.displayName().strip(), update.role(), update.enabled(), now());
        users.replaceScope(id, scope);
        if (update.role() != before.role() || update.enabled() != before.enabled()
                || !java.util.Set.copyOf(scope).equals(java.util.Set.copyOf(before.scopePatterns()))) {
            endSessions(before);
        }
        log.info("User {} updated by {}: role {} -> {}, enabled {} -> {}", before.username(), actor(), before.role(),
                update.role(), before.enabled(), update.enabled());
        return load(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        return update(id, UserUpdate.of(load(id)).withEnabled(enabled));
    }

    /** Replaces a help-desk user's VM patterns; refused for other roles, which are never scoped. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserAccount setScope(long id, List<String> patterns) {
        UserAccount user = load(id);
        if (!user.role().isScoped()) {
            throw new UserManagementException(Text.of("users.error.notScoped", user.role().label()));
        }
        List<String> scope = normalizeScope(patterns);
        users.replaceScope(id, scope);
        if (!java.util.Set.copyOf(scope).equals(java.util.Set.copyOf(user.scopePatterns()))) {
            endSessions(user);
        }
        log.info("VM scope of {} set to {} by {}", user.username(), patterns, actor());
        return load(id);
    }

    /** Sets a new password the administrator typed; nothing is returned or logged. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount user = load(id);
        check(UserRules.checkPassword(newPassword));
        users.updatePasswordHash(id, passwordEncoder.encode(newPassword), now());
        endSessions(user);
        log.info("Password of {} reset by {}", user.username(), actor());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(long id) {
        UserAccount user = load(id);
        if (isActor(user)) {
            throw new UserManagementException(Text.of("users.error.deleteSelf"));
        }
        refuseIfLastAdmin(user, Text.of("users.error.deleteLastAdmin"));
        users.delete(id);
        endSessions(user);
        log.info("User {} deleted by {}", user.username(), actor());
    }

    /**
     * Whether nobody has ever signed in, so the sign-in page can explain where the first
     * administrator's password comes from. Open to anonymous callers on purpose.
     */
    @Transactional(readOnly = true)
    public boolean nobodyHasSignedInYet() {
        return !users.anyoneSignedIn();
    }

    /**
     * Stamps the account so its sessions end on every console instance, and (after the commit)
     * tells this instance to send its open tabs to the sign-in page at once.
     */
    private void endSessions(UserAccount user) {
        users.bumpSecurityVersion(user.id());
        events.publishEvent(new AccountChanged(user.username()));
        log.info("Open sessions of {} end: their rights changed", user.username());
    }

    private void refuseIfLastAdmin(UserAccount user, Text message) {
        if (user.role() != Role.ADMIN || !user.enabled()) {
            return;
        }
        List<Long> admins = users.lockEnabledAdmins();
        if (admins.size() <= 1 && admins.contains(user.id())) {
            throw new UserManagementException(message);
        }
    }

    private List<String> scopeFor(Role role, List<String> patterns) {
        return role.isScoped() ? normalizeScope(patterns) : List.of();
    }

    private static List<String> normalizeScope(List<String> patterns) {
        try {
            return VmScope.normalize(patterns);
        } catch (VmScope.InvalidPattern e) {
            throw new UserManagementException(e.text(), e);
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new UserManagementException(Text.of("users.error.gone")));
    }

    private boolean isActor(UserAccount user) {
        return currentUser.username().map(UserRules::normalizeUsername).filter(user.username()::equals).isPresent();
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }

    private Instant now() {
        return clock.instant();
    }

    private static void check(Optional<Text> error) {
        error.ifPresent(message -> {
            throw new UserManagementException(message);
        });
    }

    private static UserManagementException taken(String username, @Nullable DuplicateKeyException cause) {
        return new UserManagementException(Text.of("users.error.taken", username), cause);
    }
}
