package com.sendense.console.restore;

/** ZIP archives drop {@code emptyFolders}; an incomplete walk means the real size is "more than". */
public record SizeEstimate(long bytes, long files, long folders, long emptyFolders, long links, boolean complete) {

    public boolean likelyOver(long limit) {
        return bytes > limit || (!complete && bytes > limit / 2);
    }
}
