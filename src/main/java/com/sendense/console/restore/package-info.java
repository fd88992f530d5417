/**
 * File-level restore: mounts and the console's record of them (the hub forgets), browsing, downloads and the
 * audit log. Every entry point checks role and VM scope against the mount's VM, whatever the URL says.
 */
@NullMarked
package com.sendense.console.restore;

import org.jspecify.annotations.NullMarked;
