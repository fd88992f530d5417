/** The protection pages: flows, machine groups and repositories. Package-private. */
@NullMarked
package com.sendense.console.protection.ui;

import org.jspecify.annotations.NullMarked;
