package com.sendense.console.vms.ui;

import static com.sendense.console.testsupport.HostileNames.LONG;
import static com.sendense.console.testsupport.HostileNames.MARKUP;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class VmListHostileNamesTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void inventory() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm(MARKUP, "linux", PowerState.ON, new VmGroup("g1", MARKUP_ERROR, 1, true)),
                FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm(LONG, "linux", PowerState.ON), FakeHubClient.disk(0, 40));
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG})
    @BadInput("markup in hub strings")
    void a_link_to_a_vm_opens_its_details_with_the_name_and_groups_as_text(String name) {
        String query = QueryParameters.simple(Map.of(VmListView.VM_PARAM, name)).getQueryString();
        UI.getCurrent().navigate("vms", QueryParameters.fromString(query));
        var view = (VmListView) getCurrentView();

        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.details.title.getText()).isEqualTo(name);
        assertShownAsText(view.details, name);
        assertShownAsText(view, name.equals(MARKUP) ? MARKUP_ERROR : name);
        var column = view.grid.getColumnByKey("name");
        assertThat(column.getRenderer()).isInstanceOf(LitRenderer.class);
        assertThat(((LitRenderer<?>) column.getRenderer()).getValueProviders()).containsKey("text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zürich", "\"quoted\"", "<test>", "costcentre-4711"})
    @BadInput("unicode and long names")
    void search_finds_hostile_names_by_any_part(String part) {
        var view = navigate(VmListView.class);

        test(view.search).setValue(part);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).contains(part);
        assertThat(ClippedText.CLASS_NAME).isEqualTo("clipped-text");
    }
}
