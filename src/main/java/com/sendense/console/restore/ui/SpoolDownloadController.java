package com.sendense.console.restore.ui;

import com.sendense.console.restore.DownloadSpool;
import com.sendense.console.restore.SpoolNotFoundException;
import com.sendense.console.restore.SpooledFile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Stage 2 of a spooled download: the file from the console's spool to the browser, with {@code Range}, {@code
 * If-Range} and a strong ETag, so a download that breaks resumes where it stopped. Only the user who asked for the
 * file gets it; anyone else gets 404 as if it did not exist.
 */
@Controller
class SpoolDownloadController {

    static final String PATH = "spool/";
    private static final int CHUNK = 64 * 1024;

    private final DownloadSpool spool;

    SpoolDownloadController(DownloadSpool spool) {
        this.spool = spool;
    }

    @GetMapping("/" + PATH + "{id}")
    void download(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SpooledFile file;
        try {
            file = spool.open(id);
        } catch (SpoolNotFoundException | AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes"); // i18n: not text (HTTP header)
        response.setHeader(HttpHeaders.ETAG, file.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, file.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store"); // i18n: not text (HTTP header)
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        // A stale validator means the part the browser holds is of another file: it gets the whole new one.
        ByteRange.Answer answer = ifRange != null && !ifRange.strip().equals(file.etag())
                ? new ByteRange.Whole()
                : ByteRange.of(request.getHeader(HttpHeaders.RANGE), file.size());
        @Nullable
        ByteRange range = switch (answer) {
            case ByteRange.Whole w -> file.size() == 0 ? null : new ByteRange(0, file.size() - 1);
            case ByteRange.Part p -> p.range();
            case ByteRange.Unsatisfiable u -> {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size()); // i18n: not text (HTTP header)
                yield null;
            }
        };
        if (answer instanceof ByteRange.Unsatisfiable) {
            return;
        }
        response.setContentType(file.contentType());
        if (answer instanceof ByteRange.Part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE,
                    "bytes " + range.first() + "-" + range.last() + "/" + file.size());
        }
        response.setContentLengthLong(range == null ? 0 : range.length());
        if (range != null && !"HEAD".equals(request.getMethod())) {
            send(file, range, response.getOutputStream());
        }
    }

    private void send(SpooledFile file, ByteRange range, OutputStream out) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file.file())) {
            channel.position(range.first());
            InputStream in = Channels.newInputStream(channel);
            byte[] buffer = new byte[CHUNK];
            long position = range.first();
            long left = range.length();
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("Spooled file " + file.id() + " is shorter than recorded");
                }
                out.write(buffer, 0, n);
                position += n;
                left -= n;
                spool.served(file.id(), position);
            }
            out.flush();
        }
    }
}
