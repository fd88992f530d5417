/** The Administration → Users view and its dialogs. Package-private. */
@NullMarked
package com.sendense.console.users.ui;

import org.jspecify.annotations.NullMarked;
