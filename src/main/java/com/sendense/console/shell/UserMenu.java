package com.sendense.console.shell;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.PreferencesService;
import com.sendense.console.users.ThemeMode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who is signed in, the language and the light/dark switch (both remembered per user) and sign-out. */
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
                .orElse(getTranslation("shell.user.signedOut"));
        String role = currentUser.role().map(r -> getTranslation(r.label().key())).orElse("");

        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var label = new Div(avatar, new Span(name));
        label.addClassName("user-menu-label");
        MenuItem root = bar.addItem(label);
        root.setAriaLabel(getTranslation("shell.user.menu", name));
        MenuItem roleItem = root.getSubMenu().addItem(getTranslation("shell.user.role", role));
        roleItem.setEnabled(false);
        addLanguageMenu(root.getSubMenu().addItem(getTranslation("shell.user.language")).getSubMenu());
        darkTheme = root.getSubMenu()
                .addItem(getTranslation("shell.user.darkTheme"), e -> applyTheme(e.getSource().isChecked()));
        darkTheme.setCheckable(true);
        darkTheme.setChecked(preferences.theme() == ThemeMode.DARK);
        root.getSubMenu().addItem(getTranslation("shell.user.signOut"), e -> auth.logout());
        addAttachListener(e -> setScheme(e.getUI(), darkTheme.isChecked()));
    }

    /** "Browser default", then each language in its own name; the current choice is checked. */
    private void addLanguageMenu(SubMenu menu) {
        String saved = preferences.current().language();
        addLanguage(menu, getTranslation("shell.user.languageBrowser"), null, saved);
        for (Locale language : Languages.SUPPORTED) {
            addLanguage(menu, capitalised(language.getDisplayLanguage(language), language), language.getLanguage(),
                    saved);
        }
    }

    private void addLanguage(SubMenu menu, String label, @Nullable String tag, @Nullable String saved) {
        MenuItem item = menu.addItem(label, e -> applyLanguage(tag));
        item.setCheckable(true);
        item.setChecked(Objects.equals(tag, saved));
        if (tag != null) {
            item.getElement().setAttribute("lang", tag);
        }
    }

    /** Saved first, then the page reloads: every view builds its texts once, in the new language. */
    private void applyLanguage(@Nullable String tag) {
        preferences.setLanguage(tag);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private void applyTheme(boolean dark) {
        preferences.setTheme(dark ? ThemeMode.DARK : ThemeMode.LIGHT);
        getUI().ifPresent(ui -> setScheme(ui, dark));
    }

    private static void setScheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }
}
