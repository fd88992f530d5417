package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class MainErrorHandlerTest {

    @Test
    void hub_errors_are_explained_even_when_wrapped() {
        var cause = new HubConflictException("mount", HubErrorCode.MOUNT_LIMIT_REACHED, 500,
                "maximum concurrent mounts reached (8/8)", null);

        String message = MainErrorHandler.userMessage(rootCause(new IllegalStateException("wrapper", cause)));

        assertThat(message).contains("All restore slots on the hub are in use");
    }

    @Test
    void a_timed_out_request_that_may_have_been_acted_on_says_check_before_retrying() {
        var e = new HubUnavailableException("startBackup", HubErrorCode.TIMEOUT, true, "read timed out", null);

        assertThat(MainErrorHandler.userMessage(e)).contains("may still have done what was asked");
    }

    @Test
    void refused_access_and_unexpected_errors_get_plain_words_and_never_a_stack_trace() {
        assertThat(MainErrorHandler.userMessage(new AccessDeniedException("denied")))
                .isEqualTo("You are not allowed to do that.");
        String generic = MainErrorHandler.userMessage(new NullPointerException("x.y() is null"));
        assertThat(generic).startsWith("Something went wrong").doesNotContain("NullPointer").doesNotContain("x.y()");
    }

    private static Throwable rootCause(Throwable t) {
        return MainErrorHandler.rootHubOrSelf(t);
    }
}
