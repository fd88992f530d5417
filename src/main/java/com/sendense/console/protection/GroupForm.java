package com.sendense.console.protection;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters for a machine group. {@code maxVms} is the hub's {@code max_concurrent_vms},
 * which the hub also uses as the group's size limit: a group with that many members refuses another.
 */
public record GroupForm(String name, @Nullable String description, int maxVms) {

    /** The hub's own default when none is sent. */
    public static final int DEFAULT_MAX_VMS = 5;
    /** The hub sets no upper bound; a larger group is a single flow's serial run of hours. */
    public static final int LIMIT_MAX_VMS = 200;
    /** The hub accepts any name, an empty one included; the console keeps them readable. */
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 500;
}
