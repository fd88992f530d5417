package com.sendense.console.restore.ui;

import java.io.IOException;

/** So that the browser marks a download failed once its response is under way ({@link AbandonedDownloadFilter}). */
final class AbandonedDownload extends IOException {

    AbandonedDownload(String message, Throwable cause) {
        super(message, cause);
    }
}
