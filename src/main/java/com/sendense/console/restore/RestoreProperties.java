package com.sendense.console.restore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code console.restore.*} settings.
 *
 * @param unmountGrace  how long a mount nobody uses any more stays mounted before the console
 *                      unmounts it (closing a browser tab, leaving the file browser)
 * @param sweepInterval how often the console looks for such mounts
 * @param requireReason whether every download needs a reason or ticket number for the audit log
 * @param largeDownload downloads above this get a warning first (the hub cuts off after 15 s)
 * @param estimateListings how many folder listings the archive size estimate may read before it
 *                      settles for "more than"
 */
@ConfigurationProperties("console.restore")
public record RestoreProperties(
        @DefaultValue("2m") Duration unmountGrace,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("false") boolean requireReason,
        @DefaultValue("1GB") DataSize largeDownload,
        @DefaultValue("200") int estimateListings) {}
