package com.sendense.console.protection.ui;

import static com.sendense.console.testsupport.HostileNames.LONG;
import static com.sendense.console.testsupport.HostileNames.MARKUP;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.UMLAUT;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.VmOutcome;
import com.sendense.console.testsupport.GridCells;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Flow, group and VM names with quotes, tags, umlauts and 120 characters, and hub messages with markup: text
 * everywhere.
 */
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class HostileFlowNamesTest extends ProtectionViewsTestBase {

    private FlowOverview hostile(String name) {
        var run = run(11, "flow-hostile", name, RunState.FAILED, clock.instant().minusSeconds(600),
                List.of(vm(name, "b-h1", VmOutcome.FAILED, MARKUP_ERROR)));
        var f = overview(flow("flow-hostile", name, FlowTargetType.GROUP, "g-hostile", true, "0 0 1 * * *"), name,
                new com.sendense.console.protection.ScheduleChoice.Daily(java.time.LocalTime.of(1, 0)), run, 0.0, 1);
        flows.add(f);
        org.mockito.Mockito
                .when(service.runs(org.mockito.ArgumentMatchers.eq("flow-hostile"),
                        org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(List.of(run));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG, UMLAUT})
    @BadInput("unicode and long names")
    void names_in_the_list_are_text_and_clipped(String name) {
        FlowOverview f = hostile(name);
        ProtectionView view = navigate(ProtectionView.class);

        var nameCell = test(view.grid).getCellComponent(3, "name");
        assertShownAsText(nameCell, name);
        assertThat(nameCell.getElement().getChild(0).getClassList()).contains(ClippedText.CLASS_NAME);
        assertShownAsText(test(view.grid).getCellComponent(3, "target"), name);
        assertThat(view.grid.getGenericDataView().getItems()).contains(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG})
    @BadInput("markup in hub strings")
    void names_and_hub_messages_on_the_flow_page_are_text(String name) {
        hostile(name);
        FlowView view = navigate(FlowView.class, Map.of(ProtectionNavigation.FLOW_ID, "flow-hostile"));

        assertThat(view.getPageTitle()).isEqualTo("Flow " + name);
        assertShownAsText(view.definition, name);
        RunVmGrid vms = view.runs.vms(view.runs.getGenericDataView().getItems().findFirst().orElseThrow());
        UI.getCurrent().add(vms);
        var vm = vms.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(GridCells.text(vms, vm, "vm")).isEqualTo(name);
        assertThat(GridCells.text(vms, vm, "message")).isEqualTo(MARKUP_ERROR);
        assertShownAsText(test(vms).getCellComponent(0, "backup"), "b-h1");
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG, UMLAUT})
    @BadInput("unicode and long names")
    void a_flow_id_that_needs_escaping_survives_the_address(String id) {
        var f = hostile("x");
        flows.remove(f);
        flows.add(new FlowOverview(flow(id, "Odd id", FlowTargetType.VM, "ctx", true, "0 0 1 * * *"), "vm", null,
                f.schedule(), f.scheduleProblem(), null, null, null, 1));
        ProtectionNavigation.showFlow(id);

        var view = (FlowView) getCurrentView();
        assertThat(view.getPageTitle()).isEqualTo("Flow Odd id");
        assertThat(view.problem.isVisible()).isFalse();
    }
}
