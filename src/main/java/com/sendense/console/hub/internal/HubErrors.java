package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.WriteTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.codec.CodecException;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns hub answers and transport failures into {@link HubException}s: the hub's seven JSON error
 * shapes, plain text, the empty 405, the router's 404 text and the restore family's 500-for-everything
 * by substring (contract §5). The subtype follows what the user can do, not the status: a 500
 * {@code mount not found} is not-found, a 404 {@code No disks found for VM} a rejection.
 */
final class HubErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private HubErrors() {}

    /** For WebClient's {@code onStatus}. */
    static Mono<HubException> fromResponse(HubCall call, ClientResponse response) {
        int status = response.statusCode().value();
        call.status(status);
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .onErrorReturn("")
                .map(body -> fromBody(call.operation(), call.isWrite(), status, body));
    }

    static HubException fromBody(String operation, boolean write, int status, String body) {
        Parsed parsed = parse(body);
        String message = parsed.message() == null ? "" : parsed.message();
        String details = parsed.details() == null ? "" : parsed.details();
        String text = (message + " " + details).toLowerCase(Locale.ROOT);

        HubException bySubstring = bySubstring(operation, status, text, parsed);
        if (bySubstring != null) {
            return bySubstring;
        }
        return switch (status) {
            case 400, 422 -> new HubRejectedException(operation, HubErrorCode.INVALID_REQUEST, status, parsed.message(),
                    parsed.details());
            case 401 -> new HubAuthException(operation, authCode(message), status, parsed.message(), parsed.details());
            case 403 ->
                new HubAuthException(operation, HubErrorCode.ACCESS_DENIED, status, parsed.message(), parsed.details());
            case 404 -> notFound(operation, status, parsed);
            case 405 -> new HubRejectedException(operation, HubErrorCode.METHOD_NOT_ALLOWED, status, parsed.message(),
                    parsed.details());
            case 409 -> new HubConflictException(operation, HubErrorCode.UNEXPECTED_STATUS, status, parsed.message(),
                    parsed.details());
            // Only a proxy in front of the hub sends these; a 502/504 may hide a write that happened.
            case 502,
                    504 ->
                new HubUnavailableException(operation, status == 504 ? HubErrorCode.TIMEOUT : HubErrorCode.NO_RESPONSE,
                        write, "HTTP %d from a proxy%s".formatted(status, message.isEmpty() ? "" : ": " + message),
                        null);
            case 503 -> new HubUnavailableException(operation, HubErrorCode.UNREACHABLE, false,
                    "HTTP 503%s".formatted(message.isEmpty() ? "" : ": " + message), null);
            default -> status >= 500
                    ? new HubServerException(operation, HubErrorCode.SERVER_ERROR, status, parsed.message(),
                            parsed.details())
                    : new HubServerException(operation, HubErrorCode.UNEXPECTED_STATUS, status, parsed.message(),
                            parsed.details());
        };
    }

    /** Returns anything that is not a hub or transport failure unchanged: a programming error surfaces as itself. */
    static Throwable fromThrowable(HubCall call, Throwable error) {
        if (error instanceof HubException) {
            return error;
        }
        if (isDecodingFailure(error)) {
            return new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE,
                    call.status() == 0 ? null : call.status(), null, rootMessage(error));
        }
        HubUnavailableException transport = transport(call.operation(), call.isWrite(), error);
        return transport != null ? transport : error;
    }

    static @Nullable HubUnavailableException transport(String operation, boolean write, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException) {
                return new HubUnavailableException(operation, HubErrorCode.TIMEOUT, false, "connect timed out", error);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return new HubUnavailableException(operation, HubErrorCode.UNREACHABLE, false,
                        "cannot connect: " + describe(t), error);
            }
            if (t instanceof ReadTimeoutException || t instanceof WriteTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return new HubUnavailableException(operation, HubErrorCode.TIMEOUT, write, "no response in time",
                        error);
            }
            if (t instanceof PrematureCloseException) {
                return new HubUnavailableException(operation, HubErrorCode.NO_RESPONSE, write,
                        "connection closed without a response", error);
            }
        }
        if (error instanceof WebClientRequestException || error instanceof IOException) {
            return new HubUnavailableException(operation, HubErrorCode.NO_RESPONSE, write, describe(rootCause(error)),
                    error);
        }
        return null;
    }

    private static @Nullable HubException bySubstring(String operation, int status, String text, Parsed p) {
        HubException protection = ProtectionErrors.classify(operation, status, text, p.message(), p.details());
        if (protection != null) {
            return protection;
        }
        @Nullable
        Integer s = status;
        String m = p.message();
        String d = p.details();
        // Restore family (every failure is a 500 {"error": ...}); order matters: most specific first.
        if (text.contains("duplicate entry")) {
            return new HubConflictException(operation, HubErrorCode.MOUNT_BLOCKED_BY_FAILED_MOUNT, s, m, d);
        }
        if (text.contains("mount not found")) {
            return new HubNotFoundException(operation, HubErrorCode.MOUNT_NOT_FOUND, s, m, d);
        }
        if (text.contains("mount not ready")) {
            return new HubConflictException(operation, HubErrorCode.MOUNT_NOT_READY, s, m, d);
        }
        if (text.contains("maximum concurrent mounts")) {
            return new HubConflictException(operation, HubErrorCode.MOUNT_LIMIT_REACHED, s, m, d);
        }
        if (text.contains("no available nbd device")) {
            return new HubConflictException(operation, HubErrorCode.NO_NBD_DEVICE, s, m, d);
        }
        if (text.contains("no mountable partitions")) {
            return new HubRejectedException(operation, HubErrorCode.NO_MOUNTABLE_PARTITIONS, s, m, d);
        }
        if (text.contains("qcow2 file does not exist")) {
            return new HubNotFoundException(operation, HubErrorCode.QCOW2_MISSING, s, m, d);
        }
        if (text.contains("disk not found")) {
            return new HubNotFoundException(operation, HubErrorCode.DISK_NOT_FOUND, s, m, d);
        }
        if (text.contains("path traversal")) {
            return new HubRejectedException(operation, HubErrorCode.PATH_TRAVERSAL, s, m, d);
        }
        if (text.contains("path does not exist")) {
            return new HubNotFoundException(operation, HubErrorCode.PATH_NOT_FOUND, s, m, d);
        }
        if (text.contains("unsupported archive type")) {
            return new HubRejectedException(operation, HubErrorCode.UNSUPPORTED_ARCHIVE_FORMAT, s, m, d);
        }
        // Backup family ({"error","details","timestamp":""}).
        if (text.contains("no previous backup") || text.contains("no parent backup")) {
            return new HubRejectedException(operation, HubErrorCode.NO_PREVIOUS_BACKUP, s, m, d);
        }
        if (text.contains("missing credential_id")) {
            return new HubRejectedException(operation, HubErrorCode.VM_MISSING_CREDENTIAL, s, m, d);
        }
        if (text.contains("no disks found")) {
            return new HubRejectedException(operation, HubErrorCode.VM_HAS_NO_DISKS, s, m, d);
        }
        if (text.contains("sna api")) {
            return new HubServerException(operation, HubErrorCode.SNA_FAILURE, s, m, d);
        }
        if (text.contains("vmware credentials")) {
            return new HubServerException(operation, HubErrorCode.VM_CREDENTIALS_UNAVAILABLE, s, m, d);
        }
        // An unknown repository_id surfaces as a foreign-key failure or "repository not found".
        if (text.contains("fk_backup_context_repository") || text.contains("repository not found")) {
            return new HubNotFoundException(operation, HubErrorCode.REPOSITORY_NOT_FOUND, s, m, d);
        }
        return null;
    }

    private static HubException notFound(String operation, int status, Parsed p) {
        String message = p.message() == null ? "" : p.message().toLowerCase(Locale.ROOT);
        HubErrorCode code;
        if (!p.json() && message.startsWith("404 page not found")) {
            return new HubRejectedException(operation, HubErrorCode.ROUTE_NOT_FOUND, status, p.message(), p.details());
        } else if (message.contains("backup not found")) {
            code = HubErrorCode.BACKUP_NOT_FOUND;
        } else if (message.contains("vm context not found") || message.contains("vm not found")) {
            code = HubErrorCode.VM_NOT_FOUND;
        } else if (message.contains("flow not found")) {
            code = HubErrorCode.FLOW_NOT_FOUND;
        } else {
            code = HubErrorCode.RESOURCE_NOT_FOUND;
        }
        return new HubNotFoundException(operation, code, status, p.message(), p.details());
    }

    private static HubErrorCode authCode(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("missing authorization")) {
            return HubErrorCode.TOKEN_MISSING;
        }
        if (m.contains("invalid authorization format")) {
            return HubErrorCode.TOKEN_INVALID_FORMAT;
        }
        if (m.contains("invalid credentials")) {
            return HubErrorCode.INVALID_CREDENTIALS;
        }
        return HubErrorCode.TOKEN_INVALID_OR_EXPIRED;
    }

    private record Parsed(@Nullable String message, @Nullable String details, boolean json) {}

    private static Parsed parse(String body) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return new Parsed(null, null, false);
        }
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                String message = firstText(node, "error", "error_message", "message");
                return new Parsed(message, firstText(node, "details"), true);
            } catch (JacksonException e) {
                // Not JSON after all: keep it as text.
            }
        }
        return new Parsed(truncate(trimmed), null, false);
    }

    private static @Nullable String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return truncate(value.asString());
            }
        }
        return null;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static boolean isDecodingFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CodecException || t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable error) {
        return describe(rootCause(error));
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
