package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Repository;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The restore wizard's recovery points name their repository, as the history does, with the id in the title. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class RecoveryPointRepositoryNamesTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final List<Repository> saved = new ArrayList<>();

    @BeforeEach
    void restore_world_with_a_named_repository() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
        saved.addAll(hub.repositories);
        hub.repositories.clear();
        hub.repositories.add(FakeHubClient.repository("repo-local-1", "Primary NAS", 1000, 400));
    }

    @AfterEach
    void the_shared_fake_gets_its_repositories_back() {
        hub.repositories.clear();
        hub.repositories.addAll(saved);
    }

    @Test
    void recovery_points_show_the_repository_name_with_its_id_as_title() {
        RecoveryPointStep points = open();

        var cell = test(points.grid).getCellComponent(0, "repository");
        assertThat(cell.getElement().getText()).isEqualTo("Primary NAS");
        assertThat(cell.getElement().getAttribute("title")).isEqualTo("repo-local-1");
    }

    @Test
    void a_repository_the_hub_no_longer_lists_shows_its_id() {
        hub.repositories.clear();

        RecoveryPointStep points = open();

        assertThat(test(points.grid).getCellComponent(0, "repository").getElement().getText())
                .isEqualTo("repo-local-1");
    }

    private RecoveryPointStep open() {
        navigate(RestoreWizardView.class);
        UI.getCurrent().navigate(RestoreWizardView.class, QueryParameters.simple(Map.of("vm", "pgtest1")));
        return find(RecoveryPointStep.class).single();
    }
}
