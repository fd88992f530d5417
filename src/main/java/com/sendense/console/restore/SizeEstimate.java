package com.sendense.console.restore;

/**
 * What a bounded walk of a folder's listings found, for the archive warning.
 *
 * @param bytes the sizes of the files found
 * @param files the files found
 * @param folders the folders found below the top one
 * @param emptyFolders the empty folders found (ZIP archives drop them)
 * @param links the links found; the hub's ZIP would follow them out of the backup
 * @param complete whether the walk saw the whole tree; otherwise the real size is "more than"
 */
public record SizeEstimate(long bytes, long files, long folders, long emptyFolders, long links, boolean complete) {

    /** Whether the archive is likely over {@code limit} bytes: known to be, or the walk stopped early. */
    public boolean likelyOver(long limit) {
        return bytes > limit || (!complete && bytes > limit / 2);
    }
}
