package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.reliability.UserMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HubErrorMessagesTest {

    private static final String PROXY_PAGE = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>";

    @ParameterizedTest
    @EnumSource(HubErrorCode.class)
    void every_error_code_says_what_happened_and_what_to_do_next(HubErrorCode code) {
        UserMessages.assertActionable(HubErrorMessages.explain(
                new HubServerException("op", code, 500, "failed to list backup jobs", "details stay in the log")));
        UserMessages
                .assertActionable(HubErrorMessages.explain(new HubUnavailableException("op", code, true, "x", null)));
    }

    @ParameterizedTest
    @EnumSource(HubErrorCode.class)
    void a_proxy_page_or_a_long_dump_from_the_hub_never_reaches_the_message(HubErrorCode code) {
        String fromPage = HubErrorMessages.explain(new HubServerException("op", code, 502, PROXY_PAGE, null));
        String fromDump = HubErrorMessages
                .explain(new HubServerException("op", code, 500, "first line\n" + "x".repeat(2_000), null));

        UserMessages.assertActionable(fromPage);
        UserMessages.assertActionable(fromDump);
        assertThat(fromPage).doesNotContain("nginx").doesNotContain("<");
        assertThat(fromDump).doesNotContain("xxxxxxxxxx".repeat(20));
    }
}
