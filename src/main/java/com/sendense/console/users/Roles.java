package com.sendense.console.users;

/**
 * Role names as compile-time constants, for annotations:
 * {@code @RolesAllowed(Roles.ADMIN)}. Spring Security adds the {@code ROLE_} prefix itself.
 */
public final class Roles {

    public static final String OPERATOR = "OPERATOR";
    public static final String HELPDESK = "HELPDESK";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
