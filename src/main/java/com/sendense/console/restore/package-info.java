/**
 * File-level restore: mounting a backup disk on the hub, the console's own record of what each
 * mount is (the hub forgets), the one-hour mount lease and who is using a mount right now; then
 * browsing its folders, streamed downloads and archives, and the restore audit log. Every entry
 * point checks the user's role and VM scope against the mount's VM, whatever the URL says.
 */
@NullMarked
package com.sendense.console.restore;

import org.jspecify.annotations.NullMarked;
