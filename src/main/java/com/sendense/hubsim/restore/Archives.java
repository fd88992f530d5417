package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.Symlink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The hub's on-the-fly directory archives, streamed entry by entry into the response:
 * ZIP holds files only (Deflate, names relative to the directory, so empty folders are lost);
 * TAR.GZ also holds directory entries. Symlinks are odd, as on the hub: ZIP stores what the link
 * leads to (empty for a directory), TAR stores a link entry without a target.
 */
final class Archives {

    /** The two formats {@code download-directory} accepts. */
    enum Format {

        ZIP("zip", "application/zip"), TAR_GZ("tar.gz", "application/gzip");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        String extension() {
            return extension;
        }

        String contentType() {
            return contentType;
        }

        static Optional<Format> of(String name) {
            return switch (name) {
                case "zip" -> Optional.of(ZIP);
                case "tar.gz" -> Optional.of(TAR_GZ);
                default -> Optional.empty();
            };
        }
    }

    private final HubNamespace namespace;

    Archives(HubNamespace namespace) {
        this.namespace = namespace;
    }

    void write(Format format, Directory dir, String hostPath, OutputStream out) throws IOException {
        switch (format) {
            case ZIP -> zip(dir, hostPath, out);
            case TAR_GZ -> tarGz(dir, hostPath, out);
        }
    }

    private void zip(Directory dir, String hostPath, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setEncoding("UTF-8");
        zip.setUseLanguageEncodingFlag(true);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        TreeWalk walk = new TreeWalk(dir, hostPath);
        while (walk.hasNext()) {
            TreeWalk.Step step = walk.next();
            if (step.node() instanceof Directory) {
                continue;
            }
            Content content = contentOf(step);
            ZipArchiveEntry entry = new ZipArchiveEntry(step.rel());
            entry.setMethod(ZipArchiveEntry.DEFLATED);
            entry.setSize(content == null ? 0 : content.length());
            entry.setTime(step.node().modified().toEpochMilli());
            entry.setUnixMode(0100000 | (step.node().mode() & 0777));
            zip.putArchiveEntry(entry);
            copy(content, zip);
            zip.closeArchiveEntry();
        }
        zip.finish();
        zip.flush();
    }

    private void tarGz(Directory dir, String hostPath, OutputStream out) throws IOException {
        GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip, "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        TreeWalk walk = new TreeWalk(dir, hostPath);
        while (walk.hasNext()) {
            TreeWalk.Step step = walk.next();
            Node node = step.node();
            TarArchiveEntry entry;
            if (node instanceof Directory) {
                entry = new TarArchiveEntry(step.rel() + "/", TarConstants.LF_DIR);
                entry.setMode(040000 | (node.mode() & 07777));
            } else if (node instanceof Symlink) {
                // tar.FileInfoHeader(info, "") on a symlink: a link entry with an empty target
                entry = new TarArchiveEntry(step.rel(), TarConstants.LF_SYMLINK);
                entry.setMode(0120777);
            } else {
                entry = new TarArchiveEntry(step.rel());
                entry.setMode(0100000 | (node.mode() & 07777));
                entry.setSize(((RegularFile) node).size());
            }
            entry.setModTime(node.modified().toEpochMilli());
            tar.putArchiveEntry(entry);
            if (node instanceof RegularFile file) {
                copy(file.content(), tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        gzip.finish();
        gzip.flush();
    }

    /** A file's content; for a symlink, the content of what it leads to, or nothing (a directory, a dangling link). */
    private @Nullable Content contentOf(TreeWalk.Step step) {
        if (step.node() instanceof RegularFile file) {
            return file.content();
        }
        try {
            if (namespace.resolve(step.hostPath(), true).node() instanceof RegularFile target) {
                return target.content();
            }
        } catch (FsException e) {
            // a dangling link: the hub's os.Open fails and the entry stays empty
        }
        return null;
    }

    private static void copy(@Nullable Content content, OutputStream out) throws IOException {
        if (content == null) {
            return;
        }
        try (InputStream in = content.open()) {
            byte[] buf = new byte[TimedOutputStream.CHUNK];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        }
    }
}
