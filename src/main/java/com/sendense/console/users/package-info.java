/**
 * Users of the console: accounts, roles, the help-desk VM scope and per-user preferences.
 *
 * <p>The public API other features use: {@link com.sendense.console.users.Role} and
 * {@link com.sendense.console.users.Roles} (for {@code @RolesAllowed}),
 * {@link com.sendense.console.users.CurrentUser}, {@link com.sendense.console.users.VmScope},
 * {@link com.sendense.console.users.PreferencesService} and the admin-only
 * {@link com.sendense.console.users.UserService}. Everything that touches the user tables lives
 * here, including the {@code UserDetailsService} and the first-start administrator.
 */
@NullMarked
package com.sendense.console.users;

import org.jspecify.annotations.NullMarked;
