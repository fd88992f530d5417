/**
 * Manager dashboards: protection posture against RPO targets, backup results per day, and
 * repository storage with a trend and an estimated full date. The hub keeps no history of its
 * storage and no RPO targets, so both live in the console's database.
 */
@NullMarked
package com.sendense.console.dashboard;

import org.jspecify.annotations.NullMarked;
