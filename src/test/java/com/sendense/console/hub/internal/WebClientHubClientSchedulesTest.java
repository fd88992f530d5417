package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.ScheduleDraft;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hub schedules as flow labels (contract P3): the real fixtures in, values and requests checked. */
class WebClientHubClientSchedulesTest extends HubClientTestSupport {

    static final String SCHEDULES = "/api/v1/schedules";
    static final String NIGHTLY = "5c2d1e7a-9b2b-11f0-8de9-020000000001";
    static final ScheduleDraft WEEKLY = new ScheduleDraft("Weekly Sunday 03:30", "Weekly on Sunday at 03:30",
            "0 30 3 * * 0", "UTC");

    @Test
    void schedules_are_listed_with_a_null_description_kept_null() {
        serve(get(urlPathEqualTo(SCHEDULES)), 200, "protection/schedules.json");

        List<HubSchedule> schedules = client().schedules();

        assertThat(schedules).extracting(HubSchedule::name)
                .containsExactly("Legacy daily", "Nightly 02:00", "Weekly Sunday 03:30");
        assertThat(schedules.get(0).description()).isNull();
        assertThat(schedules.get(0).cron()).isEqualTo("0 2 * * *"); // five fields: accepted, never fired by the hub
        assertThat(schedules.get(0).enabled()).isFalse();
    }

    @Test
    void no_schedules_and_one_schedule() {
        serve(get(urlPathEqualTo(SCHEDULES)), 200, "protection/schedules-empty.json");
        serve(get(SCHEDULES + "/" + NIGHTLY), 200, "protection/schedule-get.json");

        assertThat(client().schedules()).isEmpty();
        HubSchedule nightly = client().schedule(NIGHTLY);
        assertThat(nightly.cron()).isEqualTo("0 0 2 * * *");
        assertThat(nightly.timeZone()).isEqualTo("Europe/London");
        assertThat(nightly.updatedAt()).isEqualTo(Instant.parse("2025-10-10T08:47:03Z"));
    }

    @Test
    void create_sends_the_definition_and_reads_the_nanosecond_times() {
        serve(post(SCHEDULES), 201, "protection/schedule-create.json");

        HubSchedule created = client().createSchedule(WEEKLY);

        assertThat(created.id()).isEqualTo("750f36b7-a5b4-11f0-8de9-020000000001");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-10-10T08:38:12.511203847Z"));
        hub.verify(postRequestedFor(urlEqualTo(SCHEDULES)).withRequestBody(equalToJson(
                """
                        {"name":"Weekly Sunday 03:30","description":"Weekly on Sunday at 03:30","cron_expression":"0 30 3 * * 0",
                         "timezone":"UTC","created_by":"sendense-console"}""")));
    }

    static Stream<Arguments> errors() {
        return Stream.of(Arguments.of("protection/schedule-create-400.json", 400, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/schedule-create-500-cron.json", 500, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/schedule-create-500-timezone.json", 500, HubErrorCode.INVALID_REQUEST),
                Arguments.of("protection/schedule-create-500-duplicate.json", 500, HubErrorCode.DUPLICATE_NAME));
    }

    @ParameterizedTest
    @MethodSource("errors")
    @HubFault("error shape: schedule create")
    void create_errors_are_classified_by_message(String fixture, int status, HubErrorCode code) {
        serve(post(SCHEDULES), status, fixture);

        assertThat(catchThrowableOfType(HubException.class, () -> client().createSchedule(WEEKLY)).code())
                .isEqualTo(code);
    }

    @Test
    void update_sends_the_whole_definition() {
        serve(put(urlEqualTo(SCHEDULES + "/" + NIGHTLY)), 200, "protection/schedule-update.json");

        HubSchedule updated = client().updateSchedule(NIGHTLY, new ScheduleDraft("Nightly 02:00",
                "Every day at 02:00:00 hub local time", "0 0 2 * * *", "Europe/London"));

        assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2025-10-10T08:47:03Z"));
    }

    @Test
    @HubFault("same-second update reported not found")
    void a_same_second_update_that_changed_nothing_counts_as_done() {
        hub.stubFor(put(urlEqualTo(SCHEDULES + "/" + NIGHTLY))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\":\"Failed to update schedule: failed to update schedule: schedule not found: "
                                        + NIGHTLY + "\",\"timestamp\":\"2025-10-10T08:37:05Z\"}\n")));
        serve(get(SCHEDULES + "/" + NIGHTLY), 200, "protection/schedule-get.json");

        HubSchedule same = client().updateSchedule(NIGHTLY, new ScheduleDraft("Nightly 02:00",
                "Every day at 02:00:00 hub local time", "0 0 2 * * *", "Europe/London"));

        assertThat(same.id()).isEqualTo(NIGHTLY);
        assertThat(
                catchThrowableOfType(HubNotFoundException.class, () -> client().updateSchedule(NIGHTLY, WEEKLY)).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
    }

    @Test
    void an_update_of_an_unknown_schedule_or_without_fields_is_refused() {
        serve(put(urlEqualTo(SCHEDULES + "/x")), 500, "protection/schedule-update-500-not-found.json");
        serve(put(urlEqualTo(SCHEDULES + "/y")), 500, "protection/schedule-update-500-no-fields.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().updateSchedule("x", WEEKLY)).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
        assertThat(catchThrowableOfType(HubException.class, () -> client().updateSchedule("y", WEEKLY)).code())
                .isEqualTo(HubErrorCode.INVALID_REQUEST);
    }

    @Test
    void delete_and_its_refusals() {
        serve(delete(SCHEDULES + "/a"), 200, "protection/schedule-delete.json");
        serve(delete(SCHEDULES + "/b"), 404, "protection/schedule-delete-404.json");
        serve(delete(SCHEDULES + "/c"), 409, "protection/schedule-delete-409.json");

        client().deleteSchedule("a");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().deleteSchedule("b")).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
        assertThat(catchThrowableOfType(HubConflictException.class, () -> client().deleteSchedule("c")).code())
                .isEqualTo(HubErrorCode.SCHEDULE_IN_USE);
    }

    @Test
    void an_unknown_schedule_is_not_found() {
        serve(get(SCHEDULES + "/" + NIGHTLY), 404, "protection/schedule-get-404.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().schedule(NIGHTLY)).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
    }
}
