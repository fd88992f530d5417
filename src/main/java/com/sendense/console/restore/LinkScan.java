package com.sendense.console.restore;

import com.sendense.console.hub.FileEntry;
import java.util.List;

/**
 * The links found below a folder.
 *
 * @param links the links, as their folders list them
 * @param complete whether every folder below was listed; otherwise more links may exist
 */
record LinkScan(List<FileEntry> links, boolean complete) {}
