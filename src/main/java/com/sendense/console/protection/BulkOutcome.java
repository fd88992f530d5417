package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import java.util.List;

/**
 * What a bulk action did: the hub answers 200 even when every id failed.
 *
 * @param failures one sentence per flow that was not changed
 */
public record BulkOutcome(int requested, int succeeded, List<Text> failures) {

    public BulkOutcome {
        failures = List.copyOf(failures);
    }

    public boolean allSucceeded() {
        return failures.isEmpty() && succeeded == requested;
    }
}
