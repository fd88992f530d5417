/**
 * The application shell: layout, navigation, hub status and the user menu. Kept apart from
 * {@code base} because it depends on features (users, live) that themselves use {@code base}.
 */
@NullMarked
package com.sendense.console.shell;

import org.jspecify.annotations.NullMarked;
