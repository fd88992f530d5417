package com.sendense.console.users;

import java.util.Optional;

/**
 * What a user may do in the console. Each user has exactly one role; the Spring Security
 * authority is {@code ROLE_<name>}, so {@code @RolesAllowed(Roles.OPERATOR)} works.
 */
public enum Role {

    /** Runs backups and restores for all VMs. */
    OPERATOR("Operator", "Runs backups and restores for all VMs"),
    /** Restores files, only for the VMs in their {@link VmScope}. */
    HELPDESK("Help desk", "Restores files for the VMs in their scope"),
    /** Reviews protection posture and history; changes nothing. */
    MANAGER("Manager", "Reviews protection posture and history"),
    /** Everything, including user administration. */
    ADMIN("Administrator", "Everything, including user administration");

    private static final String PREFIX = "ROLE_";

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return PREFIX + name();
    }

    /** Human-readable name, e.g. "Help desk". */
    public String label() {
        return label;
    }

    /** One line about what the role may do, for forms. */
    public String description() {
        return description;
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
