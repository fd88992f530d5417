package com.sendense.console.restore.ui;

import java.io.IOException;

/**
 * The console gives up a download whose response is already under way, so that the browser marks
 * it failed; {@link AbandonedDownloadFilter} hands it to the servlet container as an aborted response.
 */
final class AbandonedDownload extends IOException {

    AbandonedDownload(String message, Throwable cause) {
        super(message, cause);
    }
}
