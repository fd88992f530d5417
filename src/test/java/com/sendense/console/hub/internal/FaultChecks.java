package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.reliability.UserMessages;
import java.util.function.Function;

/** The checks every injected fault of the suite shares. */
final class FaultChecks {

    private FaultChecks() {}

    /**
     * The call fails as a {@link HubException} (anything else escapes to the global handler as an
     * unexpected crash) whose user message says what happened and what to do next.
     */
    static HubException failsAsHubError(HubClient client, Function<HubClient, Object> call) {
        Throwable thrown = catchThrowable(() -> call.apply(client));
        assertThat(thrown).as("the call must fail as a HubException, not crash").isInstanceOf(HubException.class);
        HubException e = (HubException) thrown;
        UserMessages.assertActionable(HubErrorMessages.explain(e));
        return e;
    }

    /** The same client works again once the hub answers normally. */
    static void recovers(HubClient client, HubEndpoints.Endpoint endpoint) {
        HubClientTestSupport.hub.resetAll();
        endpoint.serveHappy();
        assertThat(endpoint.call().apply(client)).isNotNull();
    }
}
