/**
 * File-level restore: mounting a backup disk on the hub, the console's own record of what each
 * mount is (the hub forgets), the one-hour mount lease and who is using a mount right now.
 */
@NullMarked
package com.sendense.console.restore;

import org.jspecify.annotations.NullMarked;
