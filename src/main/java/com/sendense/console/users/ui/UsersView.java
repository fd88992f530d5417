package com.sendense.console.users.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.sendense.console.users.SignInThrottle;
import com.sendense.console.users.UserAccount;
import com.sendense.console.users.UserManagementException;
import com.sendense.console.users.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Administration → Users: list, create, edit, reset passwords, delete. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    final TextField search;
    final Button newUserButton;
    final Grid<UserAccount> grid;

    private final UserService userService;

    final Paragraph signInLocks = new Paragraph();

    UsersView(UserService userService, SignInThrottle throttle) {
        this.userService = userService;
        // Brute-force locks in one line; they end by themselves (console.sign-in.lock).
        List<String> locks = throttle.activeLocks()
                .stream()
                .map(l -> l.subject() + " until " + l.lockedUntil().truncatedTo(ChronoUnit.SECONDS) + " (UTC)")
                .toList();
        signInLocks.setText("Sign-in locked after repeated failures: " + String.join(", ", locks));
        signInLocks.setVisible(!locks.isEmpty());

        // Create components
        search = new TextField();
        search.setPlaceholder("Search users");
        search.setAriaLabel("Search users");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        newUserButton = new Button("New user", VaadinIcon.PLUS.create());
        newUserButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid = createGrid();

        // Add listeners
        search.addValueChangeListener(e -> refresh());
        newUserButton.addClickListener(e -> openNewUserDialog());

        // Layout
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.BoxSizing.BORDER,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.MEDIUM);
        setSizeFull();
        add(new ViewToolbar("Users", ViewToolbar.group(search, newUserButton)), signInLocks, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(userService.list(search.getValue()));
    }

    private void openNewUserDialog() {
        new NewUserDialog(userService::usernameTaken, user -> {
            UserAccount created = userService.create(user);
            refresh();
            Notifications.success("User " + created.username() + " created");
        }).open();
    }

    private void openEditDialog(UserAccount user) {
        new EditUserDialog(user, update -> {
            userService.update(user.id(), update);
            refresh();
            Notifications.success("User " + user.username() + " saved");
        }).open();
    }

    private void openResetPasswordDialog(UserAccount user) {
        new ResetPasswordDialog(user, password -> {
            userService.resetPassword(user.id(), password);
            Notifications.success("Password of " + user.username() + " changed");
        }).open();
    }

    private void confirmDelete(UserAccount user) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete user " + user.username() + "?");
        dialog.setText(user.displayName() + " (" + user.username() + ") will no longer be able to sign in."
                + " This cannot be undone; to keep the account, disable it instead.");
        SafeChoice.focusCancel(dialog, "Cancel");
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(user));
        dialog.open();
    }

    private void delete(UserAccount user) {
        try {
            userService.delete(user.id());
            refresh();
            Notifications.success("User " + user.username() + " deleted");
        } catch (UserManagementException e) {
            Notifications.error(e.getMessage());
        }
    }

    private Grid<UserAccount> createGrid() {
        DateTimeFormatter lastLogin = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<UserAccount> g = new Grid<>();
        ClippedText.addColumn(g, UserAccount::username)
                .setHeader("User name")
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        ClippedText.addColumn(g, UserAccount::displayName)
                .setHeader("Display name")
                .setKey("displayName")
                .setSortable(true)
                .setFlexGrow(1);
        g.addComponentColumn(u -> roleBadge(u.role()))
                .setHeader("Role")
                .setKey("role")
                .setComparator(UserAccount::role)
                .setAutoWidth(true);
        g.addComponentColumn(u -> statusBadge(u.enabled())).setHeader("Status").setKey("status").setAutoWidth(true);
        ClippedText.addColumn(g, u -> u.vmScope().summary())
                .setHeader("Help-desk scope")
                .setKey("scope")
                .setFlexGrow(1);
        g.addColumn(u -> u.lastLogin().map(lastLogin::format).orElse("Never"))
                .setHeader("Last sign-in")
                .setKey("lastLogin")
                .setAutoWidth(true);
        g.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        g.addThemeVariants(GridVariant.NO_BORDER);
        g.addClassNames(LumoUtility.Flex.GROW);
        return g;
    }

    private Component actions(UserAccount user) {
        Button edit = iconButton(VaadinIcon.EDIT, "Edit " + user.username(), () -> openEditDialog(user));
        Button reset = iconButton(VaadinIcon.KEY, "Reset password of " + user.username(),
                () -> openResetPasswordDialog(user));
        Button delete = iconButton(VaadinIcon.TRASH, "Delete " + user.username(), () -> confirmDelete(user));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, reset, delete);
        actions.setSpacing(false);
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static Badge roleBadge(Role role) {
        Badge badge = new Badge(role.label());
        switch (role) {
            case ADMIN -> badge.addThemeVariants(BadgeVariant.ERROR);
            case OPERATOR -> {
            }
            case HELPDESK -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case MANAGER -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    private static Badge statusBadge(boolean enabled) {
        Badge badge = new Badge(enabled ? "Enabled" : "Disabled");
        badge.addThemeVariants(enabled ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }
}
