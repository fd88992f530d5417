package com.sendense.console.restore;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The console's download spool (decision 021): files above {@code threshold} are first pulled from the hub into
 * {@code directory}, then served to the browser with ranges. {@code totalCap} bounds the directory, {@code fileCap}
 * one file; a file is deleted {@code timeToLive} after its pull began. {@code hubWriteTimeout} is the hub's own
 * limit, used to say how large a file the hub can deliver at the rate it was measured at.
 */
@ConfigurationProperties("console.restore.spool")
public record SpoolProperties(@DefaultValue("data/spool") Path directory, @DefaultValue("50GB") DataSize totalCap,
        @DefaultValue("20GB") DataSize fileCap, @DefaultValue("24h") Duration timeToLive,
        @DefaultValue("256MB") DataSize threshold, @DefaultValue("15s") Duration hubWriteTimeout) {}
