package com.sendense.console.shell;

import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.PreferencesService;
import com.sendense.console.users.ThemeMode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Who is signed in, the light/dark switch (remembered per user) and sign-out. */
class UserMenu extends Composite<MenuBar> {

    final MenuItem darkTheme;
    private final PreferencesService preferences;

    UserMenu(CurrentUser currentUser, PreferencesService preferences, AuthenticationContext auth) {
        this.preferences = preferences;
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.setId("user-menu");
        String name = currentUser.account()
                .map(a -> a.displayName())
                .filter(n -> !n.isBlank())
                .or(currentUser::username)
                .orElse("Signed out");
        String role = currentUser.role().map(r -> r.label()).orElse("");

        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var label = new Div(avatar, new Span(name));
        label.addClassName("user-menu-label");
        MenuItem root = bar.addItem(label);
        root.setAriaLabel("User menu for " + name);
        MenuItem roleItem = root.getSubMenu().addItem("Role: " + role);
        roleItem.setEnabled(false);
        darkTheme = root.getSubMenu().addItem("Dark theme", e -> applyTheme(e.getSource().isChecked()));
        darkTheme.setCheckable(true);
        darkTheme.setChecked(preferences.theme() == ThemeMode.DARK);
        root.getSubMenu().addItem("Sign out", e -> auth.logout());
        addAttachListener(e -> setScheme(e.getUI(), darkTheme.isChecked()));
    }

    private void applyTheme(boolean dark) {
        preferences.setTheme(dark ? ThemeMode.DARK : ThemeMode.LIGHT);
        getUI().ifPresent(ui -> setScheme(ui, dark));
    }

    private static void setScheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }
}
