package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowExecution;

/**
 * A run the hub recorded (another tool called its {@code execute}), with the console's verdict: the
 * hub's own status says success when every start failed and can stay running for ever.
 */
public record HubExecution(FlowExecution execution, Text verdict) {}
