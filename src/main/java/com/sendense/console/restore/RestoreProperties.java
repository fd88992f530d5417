package com.sendense.console.restore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.restore.*} settings.
 *
 * @param unmountGrace  how long a mount nobody uses any more stays mounted before the console
 *                      unmounts it (closing a browser tab, leaving the file browser)
 * @param sweepInterval how often the console looks for such mounts
 */
@ConfigurationProperties("console.restore")
public record RestoreProperties(@DefaultValue("2m") Duration unmountGrace, @DefaultValue("30s") Duration sweepInterval) {
}
