package com.sendense.console.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.users.NewUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.sendense.console.users.UserAccount;
import com.sendense.console.users.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService userService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    UsersView view;

    @BeforeEach
    void only_admin_and_bob() {
        jdbc.sql("DELETE FROM users WHERE username <> 'admin'").update();
        jdbc.sql("UPDATE users SET role = 'ADMIN', enabled = TRUE WHERE username = 'admin'").update();
        userService.create(new NewUser("bob", "Bob Builder", "correct-horse", Role.HELPDESK, List.of("web-*")));
        view = navigate(UsersView.class);
    }

    @Test
    void lists_users_with_role_status_and_scope() {
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(1).username()).isEqualTo("bob");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(1), "scope"))
                .isEqualTo("web-*");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(0), "scope"))
                .isEqualTo("All VMs");
        assertThat(grid.getCellText(1, grid.getColumnPosition("lastLogin"))).isEqualTo("Never");
        assertThat(grid.getCellComponent(1, "role").getElement().getText()).isEqualTo("Help desk");
        assertThat(grid.getCellComponent(1, "status").getElement().getText()).isEqualTo("Enabled");
    }

    @Test
    void search_filters_the_grid() {
        test(view.search).setValue("build");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).username()).isEqualTo("bob");
    }

    @Test
    void creates_a_help_desk_user_through_the_dialog() {
        test(view.newUserButton).click();
        NewUserDialog dialog = find(NewUserDialog.class).single();
        assertThat(dialog.scope.isVisible()).isFalse();

        test(dialog.username).setValue("Carol");
        test(dialog.displayName).setValue("Carol Danvers");
        test(dialog.password).setValue("carol-password");
        test(dialog.confirmPassword).setValue("carol-password");
        test(dialog.role).selectItem("Help desk");
        assertThat(dialog.scope.isVisible()).isTrue();
        test(dialog.scope.patternField).setValue("db-*");
        test(dialog.scope.addButton).click();
        test(dialog.saveButton).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("User carol created");
        UserAccount carol = account("carol");
        assertThat(carol.displayName()).isEqualTo("Carol Danvers");
        assertThat(carol.role()).isEqualTo(Role.HELPDESK);
        assertThat(carol.scopePatterns()).containsExactly("db-*");
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void the_new_user_dialog_stays_open_on_invalid_input() {
        test(view.newUserButton).click();
        NewUserDialog dialog = find(NewUserDialog.class).single();

        test(dialog.username).setValue("BOB");
        test(dialog.displayName).setValue("Another Bob");
        test(dialog.password).setValue("short");
        test(dialog.confirmPassword).setValue("different");
        test(dialog.saveButton).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This user name is already taken");
        assertThat(dialog.password.getErrorMessage()).isEqualTo("A password needs at least 10 characters");
        assertThat(dialog.confirmPassword.getErrorMessage()).isEqualTo("The passwords do not match");
        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(userService.list("")).hasSize(2);
    }

    @Test
    void changes_role_and_disables_a_user_through_the_edit_dialog() {
        clickRowButton(1, "Edit bob");
        EditUserDialog dialog = find(EditUserDialog.class).single();
        assertThat(dialog.scope.getValue()).containsExactly("web-*");

        test(dialog.role).selectItem("Manager");
        assertThat(dialog.scope.isVisible()).isFalse();
        test(dialog.enabled).click();
        test(dialog.saveButton).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("User bob saved");
        UserAccount bob = account("bob");
        assertThat(bob.role()).isEqualTo(Role.MANAGER);
        assertThat(bob.enabled()).isFalse();
        assertThat(bob.scopePatterns()).isEmpty();
        assertThat(test(view.grid).getCellComponent(1, "status").getElement().getText()).isEqualTo("Disabled");
    }

    @Test
    void an_edit_that_breaks_a_rule_shows_the_reason_and_keeps_the_dialog_open() {
        clickRowButton(0, "Edit admin");
        EditUserDialog dialog = find(EditUserDialog.class).single();

        test(dialog.enabled).click();
        test(dialog.saveButton).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("You cannot disable your own account");
        assertThat(account("admin").enabled()).isTrue();
    }

    @Test
    void resets_a_password_through_the_dialog() {
        clickRowButton(1, "Reset password of bob");
        ResetPasswordDialog dialog = find(ResetPasswordDialog.class).single();

        test(dialog.password).setValue("a-brand-new-one");
        test(dialog.confirmPassword).setValue("a-brand-new-one");
        test(dialog.saveButton).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Password of bob changed");
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'bob'").query(String.class).single();
        assertThat(passwordEncoder.matches("a-brand-new-one", hash)).isTrue();
    }

    @Test
    void deletes_a_user_after_a_confirmation_that_names_them() {
        clickRowButton(1, "Delete bob");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Delete user bob?");
        assertThat(test(confirm).getText()).contains("Bob Builder (bob)");
        assertThat(confirm.getElement().getAttribute(SafeChoice.ATTRIBUTE)).as("opens on the safe choice")
                .isEqualTo("cancel");

        test(confirm).confirm();

        assertThat(lastNotification()).isEqualTo("User bob deleted");
        assertThat(userService.list("")).extracting(UserAccount::username).containsExactly("admin");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void cancelling_the_confirmation_keeps_the_user() {
        clickRowButton(1, "Delete bob");

        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(userService.list("")).hasSize(2);
    }

    @Test
    void deleting_yourself_is_refused_with_a_readable_error() {
        clickRowButton(0, "Delete admin");

        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(lastNotification()).isEqualTo("You cannot delete your own account");
        assertThat(userService.list("")).hasSize(2);
    }

    /** Clicks an icon button in a row's Actions cell, found by its accessible name. */
    private void clickRowButton(int row, String ariaLabel) {
        Component actions = test(view.grid).getCellComponent(row, "actions");
        test(find(Button.class, actions).withAriaLabel(ariaLabel).single()).click();
    }

    /** Success notifications are plain text; error ones hold a text and a Close button. */
    private String lastNotification() {
        Notification notification = find(Notification.class).last();
        String text = test(notification).getText();
        return text != null ? text : find(Span.class, notification).first().getText();
    }

    private UserAccount account(String username) {
        return userService.list(username).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }
}
