package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.List;

/** Not {@code complete}: not every folder below was listed, so more links may exist. */
record LinkScan(List<FileEntry> links, boolean complete) {}
