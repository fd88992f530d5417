package com.sendense.console.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs JSON to the channel's URL. With a secret, {@value #SIGNATURE} carries {@code sha256=} and the hex
 * HMAC-SHA256 of the exact body bytes, keyed with the secret (as GitHub's webhooks do), so the receiver can
 * check the alert came from this console. Any 2xx is delivered; anything else is an attempt that failed.
 * The JDK's plain {@link HttpURLConnection}: HTTP client libraries belong to the hub client
 * (ArchitectureTest), and one blocking POST with timeouts on the worker's thread needs nothing more.
 */
@Component
class WebhookSender {

    static final String SIGNATURE = "X-Sendense-Signature";
    static final String ALERT_ID = "X-Sendense-Alert-Id";

    private final ChannelStore channels;
    private final AlertProperties properties;

    WebhookSender(ChannelStore channels, AlertProperties properties) {
        this.channels = channels;
        this.properties = properties;
    }

    void send(Channel channel, String json, String alertId) throws DeliveryException {
        if (channel.url() == null) {
            throw new DeliveryException("not a webhook channel");
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection http = null;
        try {
            http = (HttpURLConnection) URI.create(channel.url()).toURL().openConnection();
            int timeout = (int) properties.sendTimeout().toMillis();
            http.setConnectTimeout(timeout);
            http.setReadTimeout(timeout);
            http.setInstanceFollowRedirects(false);
            http.setUseCaches(false);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(body.length);
            http.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            http.setRequestProperty(ALERT_ID, alertId);
            var signature = channels.secret(channel.id()).map(secret -> "sha256=" + hmac(secret, body));
            if (signature.isPresent()) {
                http.setRequestProperty(SIGNATURE, signature.get());
            }
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
            int status = http.getResponseCode();
            if (status / 100 != 2) {
                throw new DeliveryException("HTTP " + status);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DeliveryException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
