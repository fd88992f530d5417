package com.sendense.console.restore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code unmountGrace}: how long a mount nobody uses stays mounted; {@code largeDownload}: above it a download is
 * warned about first, as the hub cuts off after 15 s; {@code estimateListings}: listings an archive size estimate
 * may read before it settles for "more than".
 */
@ConfigurationProperties("console.restore")
public record RestoreProperties(@DefaultValue("2m") Duration unmountGrace, @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("false") boolean requireReason, @DefaultValue("1GB") DataSize largeDownload,
        @DefaultValue("200") int estimateListings) {}
