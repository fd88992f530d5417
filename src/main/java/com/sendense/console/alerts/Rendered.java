package com.sendense.console.alerts;

/** One message in its reader's language: subject, plain text, and the same as simple HTML (escaped). */
record Rendered(String subject, String text, String html) {}
