package com.sendense.console.users.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.testsupport.GridCells;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.NewUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.sendense.console.users.UserManagementException;
import com.sendense.console.users.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The users page and its dialogs for a German administrator, including the service's refusals. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class UsersGermanTest extends SpringBrowserlessTest {

    @Autowired
    UserService userService;
    @Autowired
    JdbcClient jdbc;

    UsersView view;

    @BeforeEach
    void admin_and_bob_in_german() {
        jdbc.sql("DELETE FROM users WHERE username <> 'admin'").update();
        jdbc.sql("UPDATE users SET role = 'ADMIN', enabled = TRUE WHERE username = 'admin'").update();
        userService.create(new NewUser("bob", "Bob Builder", "correct-horse", Role.HELPDESK, List.of("web-*")));
        UI.getCurrent().setLocale(Locale.GERMAN);
        // The test UI opened the start page in English before the locale was set: leave the main layout so that
        // the next navigation builds it anew, as a German user's first request does.
        UI.getCurrent().navigate("login");
        view = navigate(UsersView.class);
    }

    @Test
    void the_list_speaks_german() {
        var grid = test(view.grid);
        assertThat(grid.getCellComponent(1, "role").getElement().getText()).isEqualTo("Helpdesk");
        assertThat(grid.getCellComponent(1, "status").getElement().getText()).isEqualTo("Aktiv");
        assertThat(grid.getCellText(1, grid.getColumnPosition("lastLogin"))).isEqualTo("Nie");
        assertThat(GridCells.text(view.grid, grid.getRow(0), "scope")).isEqualTo("Alle VMs");
        String page = PageTexts.of(UI.getCurrent());
        assertThat(page).contains("Benutzer", "Neuer Benutzer", "Benutzername", "Anzeigename", "Rolle",
                "Helpdesk-Bereich", "Letzte Anmeldung");
        var actions = (Button) grid.getCellComponent(1, "actions").getChildren().toList().get(1);
        assertThat(actions.getAriaLabel()).contains("Passwort von bob zurücksetzen");
        assertThat(PageTexts.englishIn(page)).isEmpty();
        assertThat(page).doesNotContainPattern(PageTexts.MISSING_KEY);
        assertThat(view.getPageTitle()).isEqualTo("Benutzer");
    }

    @Test
    void the_new_user_dialog_and_its_rules_speak_german() {
        test(view.newUserButton).click();
        NewUserDialog dialog = find(NewUserDialog.class).single();
        test(dialog.password).setValue("short");
        test(dialog.role).selectItem("Helpdesk");

        assertThat(dialog.password.getErrorMessage()).isEqualTo("Ein Passwort braucht mindestens 10 Zeichen");
        assertThat(dialog.role.getHelperText()).isEqualTo("Stellt Dateien für die VMs in seinem Bereich wieder her");
        String page = PageTexts.of(dialog);
        assertThat(page).contains("Neuer Benutzer", "Passwort bestätigen", "Helpdesk-VM-Bereich");
        assertThat(dialog.saveButton.getText()).isEqualTo("Benutzer anlegen");
        assertThat(dialog.cancelButton.getText()).isEqualTo("Abbrechen");
        assertThat(PageTexts.englishIn(page)).isEmpty();
    }

    @Test
    void a_refusal_of_the_service_is_shown_in_german() {
        var actions = test(view.grid).getCellComponent(0, "actions");
        var deleteOwn = (Button) actions.getChildren().toList().get(2);
        assertThat(deleteOwn.getAriaLabel()).contains("admin löschen");
        test(deleteOwn).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(PageTexts.of(confirm)).contains("Benutzer admin löschen?", "kann sich dann nicht mehr anmelden");

        test(confirm).confirm();

        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("Sie können Ihr eigenes Konto nicht löschen"));
    }

    @Test
    void the_refusal_keeps_english_for_the_log() {
        long adminId = userService.list("admin").getFirst().id();

        assertThatThrownBy(() -> userService.delete(adminId)).isInstanceOfSatisfying(UserManagementException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo("You cannot delete your own account");
                    assertThat(e.message(Locale.GERMAN)).isEqualTo("Sie können Ihr eigenes Konto nicht löschen");
                });
    }
}
