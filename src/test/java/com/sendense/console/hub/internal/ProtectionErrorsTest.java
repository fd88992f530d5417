package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.reliability.HubFault;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protection error fixture (flows' {@code {"details","error"}}, groups' {@code {"error","timestamp"}},
 * repositories' {@code {"error","success":false}}, the success-shaped 409) classified by the one
 * {@link HubErrors}: mostly 500s, told apart by their message (contract P1.3).
 */
class ProtectionErrorsTest {

    record Case(String fixture, int status, boolean write, Class<? extends HubException> type, HubErrorCode code) {

        @Override
        public String toString() {
            return fixture + " → " + code;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("protection/flow-create-400.json", 400, true, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST),
                new Case("protection/flow-create-500-validation.json", 500, true, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST),
                new Case("protection/flow-create-500-duplicate.json", 500, true, HubConflictException.class,
                        HubErrorCode.DUPLICATE_NAME),
                new Case("protection/flow-create-500-replication.json", 500, true, HubRejectedException.class,
                        HubErrorCode.REPLICATION_NOT_SUPPORTED),
                new Case("protection/flow-update-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.FLOW_NOT_FOUND),
                new Case("protection/flow-enable-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.FLOW_NOT_FOUND),
                new Case("protection/flow-delete-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.FLOW_NOT_FOUND),
                new Case("protection/flow-execute-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.FLOW_NOT_FOUND),
                new Case("protection/flow-bulk-400.json", 400, true, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST),
                new Case("protection/machine-group-create-500-duplicate.json", 500, true, HubConflictException.class,
                        HubErrorCode.DUPLICATE_NAME),
                new Case("protection/machine-group-create-500-schedule.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.SCHEDULE_NOT_FOUND),
                new Case("protection/machine-group-get-500-not-found.json", 500, false, HubNotFoundException.class,
                        HubErrorCode.GROUP_NOT_FOUND),
                new Case("protection/machine-group-update-500-clear-schedule.json", 500, true,
                        HubNotFoundException.class, HubErrorCode.SCHEDULE_NOT_FOUND),
                new Case("protection/machine-group-delete-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.GROUP_NOT_FOUND),
                new Case("protection/machine-group-delete-400-has-vms.json", 400, true, HubConflictException.class,
                        HubErrorCode.GROUP_HAS_VMS),
                new Case("protection/machine-group-vms-500.json", 500, false, HubNotFoundException.class,
                        HubErrorCode.GROUP_NOT_FOUND),
                new Case("protection/machine-group-assign-vm-409.json", 409, true, HubConflictException.class,
                        HubErrorCode.GROUP_FULL),
                new Case("protection/machine-group-assign-vm-404-group.json", 404, true, HubNotFoundException.class,
                        HubErrorCode.GROUP_NOT_FOUND),
                new Case("protection/machine-group-assign-vm-404-vm.json", 404, true, HubNotFoundException.class,
                        HubErrorCode.VM_NOT_FOUND),
                new Case("protection/machine-group-assign-vm-500-duplicate.json", 500, true, HubConflictException.class,
                        HubErrorCode.ALREADY_IN_GROUP),
                new Case("protection/schedule-create-500-duplicate.json", 500, true, HubConflictException.class,
                        HubErrorCode.DUPLICATE_NAME),
                new Case("protection/schedule-get-404.json", 404, false, HubNotFoundException.class,
                        HubErrorCode.SCHEDULE_NOT_FOUND),
                new Case("protection/repository-create-500-duplicate.json", 500, true, HubConflictException.class,
                        HubErrorCode.DUPLICATE_NAME),
                new Case("protection/repository-delete-500-has-backups.json", 500, true, HubConflictException.class,
                        HubErrorCode.REPOSITORY_HAS_BACKUPS),
                new Case("protection/repository-delete-500-in-use.json", 500, true, HubConflictException.class,
                        HubErrorCode.REPOSITORY_IN_USE),
                new Case("protection/repository-delete-500-not-found.json", 500, true, HubNotFoundException.class,
                        HubErrorCode.REPOSITORY_NOT_FOUND));
    }

    @ParameterizedTest
    @MethodSource("cases")
    @HubFault("error shape: protection endpoints")
    void each_protection_error_maps_to_its_precise_code(Case c) {
        String body = new String(HubClientTestSupport.fixture(c.fixture()), StandardCharsets.UTF_8);

        HubException e = HubErrors.fromBody("protection", c.write(), c.status(), body);

        assertThat(e).isInstanceOf(c.type());
        assertThat(e.code()).isEqualTo(c.code());
        assertThat(e.hubMessage()).isPresent();
    }
}
