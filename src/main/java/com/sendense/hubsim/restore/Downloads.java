package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.PathWalker;
import com.sendense.hubsim.files.model.RegularFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code restore/file_downloader.go}: a file with Content-Length, a directory as an archive without one. A
 * failure before the first byte is a JSON error; afterwards the only way to fail is to stop, as on the hub.
 */
final class Downloads {

    private final FileBrowser browser;
    private final Archives archives;

    Downloads(FileBrowser browser) {
        this.browser = browser;
        this.archives = new Archives(browser.namespace());
    }

    sealed interface Target permits FileTarget, DirectoryTarget {}

    record FileTarget(RegularFile file, String fileName) implements Target {}

    record DirectoryTarget(Directory dir, String hostPath, String fileName, Archives.Format format) implements Target {}

    /** {@code DownloadFile}: a regular file, or a ZIP when the path is a directory (auto-zip). */
    Target prepareFile(String mountId, String path) throws HubError {
        try {
            PathWalker.Resolved resolved = access(mountId, path, "file access validation failed");
            String base = GoPath.base(path);
            if (resolved.node() instanceof Directory dir) {
                return new DirectoryTarget(dir, resolved.path(), base + ".zip", Archives.Format.ZIP);
            }
            if (resolved.node() instanceof RegularFile file) {
                return new FileTarget(file, base);
            }
            throw HubError.internal("file access validation failed: path is not a regular file");
        } catch (HubError e) {
            throw e.wrap("failed to prepare file download");
        }
    }

    /** {@code DownloadDirectory}. */
    Target prepareDirectory(String mountId, String path, String formatName) throws HubError {
        try {
            Archives.Format format = Archives.Format.of(formatName)
                    .orElseThrow(() -> HubError
                            .internal("unsupported archive type: " + formatName + " (supported: zip, tar.gz)"));
            PathWalker.Resolved resolved = access(mountId, path, "directory access validation failed");
            if (!(resolved.node() instanceof Directory dir)) {
                throw HubError.internal("directory access validation failed: path is not a directory");
            }
            return new DirectoryTarget(dir, resolved.path(), GoPath.base(path) + "." + format.extension(), format);
        } catch (HubError e) {
            throw e.wrap("failed to prepare directory download");
        }
    }

    void send(Target target, GoResponse response) throws IOException {
        switch (target) {
            case FileTarget f -> {
                long length = f.file().size();
                response.header("Content-Type", ContentTypes.of(f.fileName()))
                        .header("Content-Disposition", attachment(f.fileName()));
                // no try-with-resources: closing would finish the response; after a failure the connection must just
                // drop
                OutputStream out = response.fixedBody(200, length);
                try (InputStream in = f.file().content().open()) {
                    byte[] buf = new byte[TimedOutputStream.CHUNK];
                    long left = length;
                    int n;
                    while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                        out.write(buf, 0, n);
                        left -= n;
                    }
                    if (left > 0) {
                        throw new IOException("content ended " + left + " bytes early");
                    }
                }
                out.close();
            }
            case DirectoryTarget d -> {
                response.header("Content-Type", d.format().contentType())
                        .header("Content-Disposition", attachment(d.fileName()));
                OutputStream body = response.body(200);
                BufferedOutputStream out = new BufferedOutputStream(body, TimedOutputStream.CHUNK);
                archives.write(d.format(), d.dir(), d.hostPath(), out);
                out.flush();
                body.close();
            }
        }
    }

    private PathWalker.Resolved access(String mountId, String path, String context) throws HubError {
        try {
            MountRecord row = browser.mounted(mountId);
            String safe;
            try {
                safe = browser.validate(row, path);
            } catch (HubError e) {
                throw e.wrap("path validation failed");
            }
            try {
                return browser.stat(safe);
            } catch (FsException e) {
                throw HubError.internal("failed to stat file: stat " + safe + ": " + e.errno().text());
            }
        } catch (HubError e) {
            throw e.wrap(context);
        }
    }

    /**
     * The name raw, as the hub sends it: quotes unescaped, non-ASCII as UTF-8 bytes. The JDK server writes header
     * chars as single bytes, so the bytes travel as Latin-1 chars.
     */
    static String attachment(String fileName) {
        return new String(("attachment; filename=\"" + fileName + "\"").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
    }
}
