package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hub messages that have no fixture (contract §4.2 and §5 tables), and transport failures. */
class HubErrorsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            500 | {"error":"failed to list files: mount not ready: status=mounting"}                                       | MOUNT_NOT_READY
            500 | {"error":"failed to mount backup: no available NBD devices in restore pool"}                             | NO_NBD_DEVICE
            500 | {"error":"failed to mount backup: no mountable partitions found"}                                       | NO_MOUNTABLE_PARTITIONS
            500 | {"error":"failed to mount backup: QCOW2 file does not exist: /backup/x.qcow2"}                          | QCOW2_MISSING
            500 | {"error":"failed to mount backup: failed to create mount record: Error 1062 (23000): Duplicate entry '/dev/nbd0' for key 'uk_nbd_device'"} | MOUNT_BLOCKED_BY_FAILED_MOUNT
            500 | {"error":"failed to list files: invalid path: access denied (path traversal attempt)"}                  | PATH_TRAVERSAL
            400 | {"error":"VM context missing credential_id","details":"","timestamp":""}                                | VM_MISSING_CREDENTIAL
            500 | {"error":"failed to get VMware credentials","details":"x","timestamp":""}                               | VM_CREDENTIALS_UNAVAILABLE
            500 | {"error":"SNA API error","details":"status: 502","timestamp":""}                                        | SNA_FAILURE
            500 | {"error":"failed to prepare backup disk","details":"no parent backup found for incremental","timestamp":""} | NO_PREVIOUS_BACKUP
            404 | {"error":"VM not found","details":"db","timestamp":""}                                                  | VM_NOT_FOUND
            404 | {"error":"VM context not found for: pgtest9","timestamp":"2025-10-09T08:05:12Z"}                         | VM_NOT_FOUND
            500 | {"error":"failed to create parent backup job","details":"x","timestamp":""}                             | SERVER_ERROR
            400 | {"error":"invalid disk_id","details":"","timestamp":""}                                                 | INVALID_REQUEST
            401 | {"success":false,"error_message":"Invalid credentials"}                                                 | INVALID_CREDENTIALS
            403 | forbidden                                                                                               | ACCESS_DENIED
            409 | {"error":"busy"}                                                                                        | UNEXPECTED_STATUS
            301 | <a href="/api/v1/">Moved Permanently</a>.                                                               | UNEXPECTED_STATUS
            404 | {"error":"something else not found"}                                                                    | RESOURCE_NOT_FOUND
            """)
    void hub_messages_without_fixtures_are_classified(int status, String body, HubErrorCode code) {
        HubException error = HubErrors.fromBody("op", false, status, body);

        assertThat(error.code()).isEqualTo(code);
        assertThat(error.status()).hasValue(status);
    }

    @Test
    void the_subtype_follows_what_the_user_can_do_not_the_status() {
        assertThat(HubErrors.fromBody("op", false, 500, "{\"error\":\"mount not ready: status=mounting\"}"))
                .isInstanceOf(HubConflictException.class);
        assertThat(HubErrors.fromBody("op", false, 500, "{\"error\":\"mount not found: x\"}"))
                .isInstanceOf(HubNotFoundException.class);
        assertThat(HubErrors.fromBody("op", false, 500, "{\"error\":\"no mountable partitions found\"}"))
                .isInstanceOf(HubRejectedException.class);
        assertThat(HubErrors.fromBody("op", false, 401, "{\"error\":\"Invalid or expired token\"}"))
                .isInstanceOf(HubAuthException.class);
        assertThat(HubErrors.fromBody("op", false, 500, "")).isInstanceOf(HubServerException.class);
    }

    @Test
    void a_body_that_is_not_json_is_kept_as_the_message() {
        HubException error = HubErrors.fromBody("op", false, 500, "{oops\n");

        assertThat(error.hubMessage()).contains("{oops");
        assertThat(error.code()).isEqualTo(HubErrorCode.SERVER_ERROR);
    }

    @Test
    void a_proxy_timeout_on_a_write_leaves_the_outcome_unknown() {
        HubException error = HubErrors.fromBody("startBackup", true, 504, "");

        assertThat(error).isInstanceOfSatisfying(HubUnavailableException.class,
                e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(error.code()).isEqualTo(HubErrorCode.TIMEOUT);
        assertThat(HubErrors.fromBody("vms", false, 503, "")).isInstanceOfSatisfying(HubUnavailableException.class,
                e -> assertThat(e.outcomeUnknown()).isFalse());
    }

    @Test
    void transport_failures_say_whether_the_hub_may_have_acted() {
        HubUnavailableException refused = HubErrors.transport("startBackup", true, new ConnectException("refused"));
        HubUnavailableException timeout = HubErrors.transport("startBackup", true, new TimeoutException());
        HubUnavailableException readTimeout = HubErrors.transport("vms", false, new TimeoutException());

        assertThat(refused.code()).isEqualTo(HubErrorCode.UNREACHABLE);
        assertThat(refused.outcomeUnknown()).isFalse();
        assertThat(timeout.code()).isEqualTo(HubErrorCode.TIMEOUT);
        assertThat(timeout.outcomeUnknown()).isTrue();
        assertThat(readTimeout.outcomeUnknown()).isFalse();
        assertThat(HubErrors.transport("vms", false, new IllegalStateException("bug"))).isNull();
    }
}
