package com.sendense.console.protection.ui;

import static com.sendense.console.protection.ui.DiscoveryTestSupport.LAB;
import static com.sendense.console.protection.ui.DiscoveryTestSupport.PROD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmwareCredentialDraft;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class VcenterCredentialsViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void two_credentials_and_vms_on_the_first() {
        hub.failWith(null);
        hub.vms.clear();
        hub.credentials.clear();
        hub.credentialUpdates.clear();
        hub.credentials.put(PROD.id(), PROD);
        hub.credentials.put(LAB.id(), LAB);
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON));
        hub.withVm(withCredential(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), PROD.id()));
        hub.withVm(withCredential(FakeHubClient.vm("orphan", "linux", PowerState.ON), null));
    }

    @Test
    void lists_each_credential_with_the_vms_whose_contexts_use_it() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).credential()).isEqualTo(LAB);
        assertThat(grid.getRow(0).vmNames()).isEmpty();
        assertThat(grid.getRow(1).vmNames()).containsExactly("sql-prod-01", "web-01");
        assertThat(grid.getCellComponent(1, "state").getElement().getTextRecursively()).isEqualTo("ActiveDefault");
        assertThat(grid.getCellComponent(1, "vms").getElement().getText()).isEqualTo("2: sql-prod-01, web-01");
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void operators_cannot_open_the_page() {
        assertThatThrownBy(() -> navigate(VcenterCredentialsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(VcenterCredentialsView.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_cannot_open_the_page() {
        assertThatThrownBy(() -> navigate(VcenterCredentialsView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleting_a_credential_in_use_names_its_vms_and_asks_twice() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);

        click(view, "Delete vcenter-prod");
        ConfirmDialog first = find(ConfirmDialog.class).single();
        String warning = first.getElement().getTextRecursively();
        assertThat(warning).contains("2 VMs use this credential")
                .contains("every backup of these VMs then fails")
                .contains("sql-prod-01")
                .contains("web-01")
                .doesNotContain("orphan");
        test(first).confirm();
        assertThat(hub.credentials).as("one confirmation is not enough").containsKey(PROD.id());

        ConfirmDialog second = find(ConfirmDialog.class).single();
        assertThat(second.getElement().getProperty("header")).isEqualTo("Really break the backups of 2 VMs?");
        test(second).confirm();

        assertThat(hub.credentials).doesNotContainKey(PROD.id());
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void keeping_it_at_the_second_question_deletes_nothing() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);
        click(view, "Delete vcenter-prod");
        test(find(ConfirmDialog.class).single()).confirm();

        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(hub.credentials).containsKey(PROD.id());
    }

    @Test
    void a_credential_no_vm_uses_is_deleted_after_one_confirmation() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);
        click(view, "Delete vcenter-lab");
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).contains("No VM uses it");

        test(dialog).confirm();

        assertThat(hub.credentials).doesNotContainKey(LAB.id());
    }

    @Test
    void editing_without_a_password_sends_the_whole_credential_and_keeps_the_stored_password() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);
        click(view, "Edit vcenter-lab");
        CredentialFormDialog form = find(CredentialFormDialog.class).single();
        assertThat(form.password.getHelperText()).contains("Leave empty to keep the stored password");

        test(form.datacenter).setValue("Lab-2");
        test(form.save).click();

        assertThat(hub.credentialUpdates).containsExactly(
                new VmwareCredentialDraft("vcenter-lab", "lab.example.local", "svc@lab", null, "Lab-2", true, false));
        assertThat(form.isOpened()).isFalse();
    }

    @Test
    void set_as_default_puts_the_whole_credential_and_takes_the_flag_off_the_old_default() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);

        click(view, "Set vcenter-lab as default");

        assertThat(hub.credentialUpdates).containsExactly(
                new VmwareCredentialDraft("vcenter-lab", "lab.example.local", "svc@lab", null, "Lab", true, true),
                new VmwareCredentialDraft("vcenter-prod", "vcenter.example.local", "backup-svc@vsphere.local", null,
                        "DC", true, false));
    }

    @Test
    void a_new_credential_needs_every_field_and_its_password() {
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);
        test(view.newCredential).click();
        CredentialFormDialog form = find(CredentialFormDialog.class).single();

        test(form.name).setValue("vcenter-dr");
        test(form.save).click();

        assertThat(form.host.isInvalid()).isTrue();
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(hub.credentials).hasSize(2);
        test(form.host).setValue("dr.example.local");
        test(form.username).setValue("svc@dr");
        test(form.datacenter).setValue("DR");
        test(form.password).setValue("s3cret");
        test(form.save).click();
        assertThat(hub.credentials.values()).extracting(c -> c.name()).contains("vcenter-dr");
    }

    @Test
    @BadInput("markup in hub strings")
    void vm_names_with_markup_in_the_delete_warning_stay_text() {
        hub.withVm(withCredential(FakeHubClient.vm(HostileNames.MARKUP, "linux", PowerState.ON), LAB.id()));
        VcenterCredentialsView view = navigate(VcenterCredentialsView.class);

        click(view, "Delete vcenter-lab");

        HostileNames.assertShownAsText(find(ConfirmDialog.class).single(), HostileNames.MARKUP);
    }

    private void click(VcenterCredentialsView view, String label) {
        List<Button> buttons = find(Button.class, view.grid).all();
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            var actions = grid.getCellComponent(row, "actions");
            for (Button b : find(Button.class, actions).all()) {
                if (label.equals(b.getAriaLabel().orElse(""))) {
                    test(b).click();
                    return;
                }
            }
        }
        throw new AssertionError("no button " + label + " among " + buttons.size());
    }

    private static VmContext withCredential(VmContext vm, Integer credentialId) {
        return new VmContext(vm.contextId(), vm.vmName(), vm.vmwareVmId(), vm.vmPath(), vm.vcenterHost(),
                vm.datacenter(), vm.currentStatus(), vm.cpuCount(), vm.memoryMb(), vm.osType(), vm.powerState(),
                vm.vmToolsVersion(), vm.createdAt(), vm.updatedAt(), vm.lastJobAt(), vm.autoAdded(),
                vm.schedulerEnabled(), credentialId, vm.groups());
    }
}
