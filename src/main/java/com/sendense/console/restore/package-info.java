/**
 * File-level restore, browse-and-download half: folders of a mounted backup disk, streamed
 * downloads and archives, and the restore audit log. Every entry point checks the user's role and
 * VM scope against the mount's VM, whatever the URL says.
 */
@NullMarked
package com.sendense.console.restore;

import org.jspecify.annotations.NullMarked;
