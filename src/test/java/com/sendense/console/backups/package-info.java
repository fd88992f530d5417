@NullMarked
package com.sendense.console.backups;

import org.jspecify.annotations.NullMarked;
