package com.sendense.console.hub.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP server that answers every request with fixed raw bytes and then closes the
 * connection. WireMock cannot send a body shorter than its Content-Length or cut a chunked body,
 * which is exactly what the hub does when its 15 s write timeout hits.
 */
final class RawHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private volatile byte[] response;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawHttpServer(byte[] response) {
        try {
            this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.response = response;
        this.acceptor = Thread.ofVirtual().start(this::serve);
    }

    static byte[] bytes(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** From now on answers with {@code next}: the hub is back, or breaks differently. */
    void answer(byte[] next) {
        this.response = next;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** The request lines received, e.g. {@code GET /x HTTP/1.1}; one per connection. */
    List<String> requestLines() {
        return requestLines;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                requestLines.add(readHead(connection.getInputStream()));
                OutputStream out = connection.getOutputStream();
                out.write(response);
                out.flush();
            } catch (IOException e) {
                // Closed by close(), or the client went away: nothing to do.
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int eol = text.indexOf('\r');
        return eol < 0 ? text : text.substring(0, eol);
    }

    @Override
    public void close() throws Exception {
        socket.close();
        acceptor.join();
    }
}
