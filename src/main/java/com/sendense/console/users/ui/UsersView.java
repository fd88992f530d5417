package com.sendense.console.users.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Administration → Users: list, create, edit, reset passwords, delete. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

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
                .map(l -> getTranslation("users.lock", l.subject(),
                        Formatters.dateTime(l.lockedUntil(), ZoneOffset.UTC, getLocale())))
                .toList();
        signInLocks.setText(getTranslation("users.locks", String.join(", ", locks)));
        signInLocks.setVisible(!locks.isEmpty());

        // Create components
        search = new TextField();
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        newUserButton = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create());
        newUserButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid = createGrid();

        // Add listeners
        search.addValueChangeListener(e -> refresh());
        newUserButton.addClickListener(e -> openNewUserDialog());

        // Layout
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.BoxSizing.BORDER,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.MEDIUM);
        setSizeFull();
        add(new ViewToolbar(getTranslation("users.title"), ViewToolbar.group(search, newUserButton)), signInLocks,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(userService.list(search.getValue()));
    }

    private void openNewUserDialog() {
        new NewUserDialog(userService::usernameTaken, user -> {
            UserAccount created = userService.create(user);
            refresh();
            Notifications.success(getTranslation("users.created", created.username()));
        }).open();
    }

    private void openEditDialog(UserAccount user) {
        new EditUserDialog(user, update -> {
            userService.update(user.id(), update);
            refresh();
            Notifications.success(getTranslation("users.saved", user.username()));
        }).open();
    }

    private void openResetPasswordDialog(UserAccount user) {
        new ResetPasswordDialog(user, password -> {
            userService.resetPassword(user.id(), password);
            Notifications.success(getTranslation("users.passwordChanged", user.username()));
        }).open();
    }

    private void confirmDelete(UserAccount user) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("users.delete.title", user.username()));
        dialog.setText(getTranslation("users.delete.text", user.displayName(), user.username()));
        SafeChoice.focusCancel(dialog, getTranslation("users.cancel"));
        dialog.setConfirmText(getTranslation("users.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(user));
        dialog.open();
    }

    private void delete(UserAccount user) {
        try {
            userService.delete(user.id());
            refresh();
            Notifications.success(getTranslation("users.deleted", user.username()));
        } catch (UserManagementException e) {
            Notifications.error(e.message(getLocale()));
        }
    }

    private Grid<UserAccount> createGrid() {
        Locale locale = getLocale();
        Grid<UserAccount> g = new Grid<>();
        ClippedText.addColumn(g, UserAccount::username)
                .setHeader(getTranslation("users.col.username"))
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        ClippedText.addColumn(g, UserAccount::displayName)
                .setHeader(getTranslation("users.col.displayName"))
                .setKey("displayName")
                .setSortable(true)
                .setFlexGrow(1);
        g.addComponentColumn(u -> roleBadge(u.role()))
                .setHeader(getTranslation("users.col.role"))
                .setKey("role")
                .setComparator(UserAccount::role)
                .setAutoWidth(true);
        g.addComponentColumn(u -> statusBadge(u.enabled()))
                .setHeader(getTranslation("users.col.status"))
                .setKey("status")
                .setAutoWidth(true);
        ClippedText.addColumn(g, u -> Messages.get(locale, u.vmScope().summary()))
                .setHeader(getTranslation("users.col.scope"))
                .setKey("scope")
                .setFlexGrow(1);
        String never = getTranslation("users.never");
        g.addColumn(u -> u.lastLogin().map(t -> Formatters.dateTime(t, ZoneId.systemDefault(), locale)).orElse(never))
                .setHeader(getTranslation("users.col.lastLogin"))
                .setKey("lastLogin")
                .setAutoWidth(true);
        g.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.col.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        g.addThemeVariants(GridVariant.NO_BORDER);
        g.addClassNames(LumoUtility.Flex.GROW);
        return g;
    }

    private Component actions(UserAccount user) {
        Button edit = iconButton(VaadinIcon.EDIT, getTranslation("users.action.edit", user.username()),
                () -> openEditDialog(user));
        Button reset = iconButton(VaadinIcon.KEY, getTranslation("users.action.reset", user.username()),
                () -> openResetPasswordDialog(user));
        Button delete = iconButton(VaadinIcon.TRASH, getTranslation("users.action.delete", user.username()),
                () -> confirmDelete(user));
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

    private Badge roleBadge(Role role) {
        Badge badge = new Badge(getTranslation(role.label().key()));
        switch (role) {
            case ADMIN -> badge.addThemeVariants(BadgeVariant.ERROR);
            case OPERATOR -> {
            }
            case HELPDESK -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case MANAGER -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    private Badge statusBadge(boolean enabled) {
        Badge badge = new Badge(getTranslation(enabled ? "users.status.enabled" : "users.status.disabled"));
        badge.addThemeVariants(enabled ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
