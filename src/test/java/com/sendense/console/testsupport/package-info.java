/** Shared test helpers. */
@NullMarked
package com.sendense.console.testsupport;

import org.jspecify.annotations.NullMarked;
