package com.sendense.console.users;

import com.sendense.console.base.i18n.Text;

import java.util.Optional;

/**
 * What a user may do in the console. Each user has exactly one role; the Spring Security
 * authority is {@code ROLE_<name>}, so {@code @RolesAllowed(Roles.OPERATOR)} works.
 */
public enum Role {

    /** Runs backups and restores for all VMs. */
    OPERATOR("operator"),
    /** Restores files, only for the VMs in their {@link VmScope}. */
    HELPDESK("helpdesk"),
    /** Reviews protection posture and history; changes nothing. */
    MANAGER("manager"),
    /** Everything, including user administration. */
    ADMIN("admin");

    private static final String PREFIX = "ROLE_";

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return PREFIX + name();
    }

    /** Human-readable name, e.g. "Help desk". */
    public Text label() {
        return Text.of("users.role." + key);
    }

    /** One line about what the role may do, for forms. */
    public Text description() {
        return Text.of("users.role." + key + ".description");
    }

    /** Whether the role only sees the VMs in a {@link VmScope}: only {@link #HELPDESK}. */
    public boolean isScoped() {
        return this == HELPDESK;
    }

    /** The role with the given authority ({@code ROLE_ADMIN}), if it is one of ours. */
    public static Optional<Role> fromAuthority(String authority) {
        if (!authority.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(PREFIX.length());
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
