/**
 * Starting backups safely, history, recovery-point chains and deletion. The hub has no unfiltered or
 * paged backup list and an unreliable chain endpoint, so both are assembled here from filtered lists.
 */
@NullMarked
package com.sendense.console.backups;

import org.jspecify.annotations.NullMarked;
