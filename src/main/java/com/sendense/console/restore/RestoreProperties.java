package com.sendense.console.restore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Restore settings ({@code console.restore.*}).
 *
 * @param requireReason whether every download needs a reason or ticket number for the audit log
 * @param largeDownload downloads above this get a warning first (the hub cuts off after 15 s)
 * @param estimateListings how many folder listings the archive size estimate may read before it
 *     settles for "more than"
 */
@ConfigurationProperties("console.restore")
public record RestoreProperties(
        @DefaultValue("false") boolean requireReason,
        @DefaultValue("1GB") DataSize largeDownload,
        @DefaultValue("200") int estimateListings) {}
