package com.sendense.console.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The JDK's client rather than the hub's WebClient: this is not the hub, and the call is blocking anyway.
 */
@Component
class WebhookSender {

    static final String SIGNATURE = "X-Sendense-Signature";
    static final String ALERT_ID = "X-Sendense-Alert-Id";

    private final ChannelStore channels;
    private final AlertProperties properties;
    private final HttpClient http;

    WebhookSender(ChannelStore channels, AlertProperties properties) {
        this.channels = channels;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.sendTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void send(Channel channel, String json, String alertId) throws DeliveryException {
        if (channel.url() == null) {
            throw new DeliveryException("not a webhook channel");
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(channel.url()))
                .timeout(properties.sendTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(ALERT_ID, alertId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        channels.secret(channel.id()).ifPresent(secret -> request.header(SIGNATURE, "sha256=" + hmac(secret, body)));
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
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
