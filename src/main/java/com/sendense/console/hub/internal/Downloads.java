package com.sendense.console.hub.internal;

import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.DownloadMeta;
import com.sendense.console.hub.DownloadResult;
import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubTruncatedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

/**
 * Streams hub downloads without holding them in memory. The hub's 15 s write timeout cuts long ones
 * mid-body (contract §5.6): a short body or an early end both become {@link HubTruncatedException}.
 * Only the header stage is retried; nothing is once bytes flow.
 */
final class Downloads {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final int CHUNK = 32 * 1024;
    /** Buffers requested ahead from Netty: bounds memory to a few chunks per download. */
    private static final int DEMAND = 4;

    private final HubPipeline client;

    Downloads(HubPipeline client) {
        this.client = client;
    }

    /** The hub auto-zips a directory sent to {@code /download}: then the name gets {@code .zip}. */
    DownloadResult file(HubCall call, HubPath path, DownloadSink sink) {
        String name = path.isRoot() ? "download" : path.name();
        return stream(call, sink, headers -> {
            boolean autoZip = ZIP.isCompatibleWith(contentType(headers)) && headers.getContentLength() < 0
                    && !name.toLowerCase(Locale.ROOT).endsWith(".zip");
            return autoZip ? name + ".zip" : name;
        });
    }

    DownloadResult directory(HubCall call, HubPath path, ArchiveFormat format, DownloadSink sink) {
        String name = (path.isRoot() ? "backup" : path.name()) + "." + format.extension();
        return stream(call, sink, headers -> name);
    }

    private DownloadResult stream(HubCall call, DownloadSink sink, Function<HttpHeaders, String> fileName) {
        return client.execute(call, token -> {
            ResponseEntity<Flux<DataBuffer>> entity = client.block(call,
                    client.spec(call, token)
                            .retrieve()
                            .onStatus(status -> !status.is2xxSuccessful(),
                                    response -> HubErrors.fromResponse(call, response))
                            .toEntityFlux(DataBuffer.class));
            if (entity == null || entity.getBody() == null) {
                throw new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE, null, null,
                        "no response body");
            }
            call.status(entity.getStatusCode().value());
            HttpHeaders headers = entity.getHeaders();
            long length = headers.getContentLength();
            OptionalLong expected = length >= 0 ? OptionalLong.of(length) : OptionalLong.empty();
            DownloadMeta meta = new DownloadMeta(fileName.apply(headers), contentType(headers).toString(), expected);
            return copy(call, entity.getBody(), meta, sink);
        });
    }

    private static DownloadResult copy(HubCall call, Flux<DataBuffer> body, DownloadMeta meta, DownloadSink sink) {
        OptionalLong expected = meta.contentLength();
        // Closing the stream cancels the body and releases buffered chunks, also on failure.
        try (InputStream in = DataBufferUtils.subscriberInputStream(body, DEMAND); OutputStream out = sink.open(meta)) {
            byte[] chunk = new byte[CHUNK];
            long written = 0;
            while (true) {
                int read;
                try {
                    read = in.read(chunk);
                } catch (IOException | RuntimeException e) {
                    throw new HubTruncatedException(call.operation(), written, expected, e);
                }
                if (read < 0) {
                    break;
                }
                out.write(chunk, 0, read);
                written += read;
            }
            if (expected.isPresent() && written < expected.getAsLong()) {
                throw new HubTruncatedException(call.operation(), written, expected, null);
            }
            return new DownloadResult(written, expected);
        } catch (IOException e) {
            // The sink failed (e.g. the browser went away): not a hub error.
            throw new UncheckedIOException("Writing the download to its destination failed", e);
        }
    }

    private static MediaType contentType(HttpHeaders headers) {
        return Optional.ofNullable(headers.getContentType()).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }
}
