package com.sendense.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.users.PreferencesService;
import com.sendense.console.users.Roles;
import com.sendense.console.users.ThemeMode;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.page.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The light/dark switch in the user menu is stored per user and applied to every new UI of that
 * user. The menu applies it through {@code Page.setColorScheme}, which sets the {@code theme}
 * attribute on the document element; the test reads both the page's scheme and that script.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class UserMenuThemeTest extends SpringBrowserlessTest {

    /** Any route inside the main layout will do; the users view needs no hub. */
    private static final String A_VIEW_IN_THE_LAYOUT = "admin/users";
    private static final int USER_MENU = 0;
    private static final int LANGUAGE = 1;
    private static final int DARK_THEME = 2;

    @Autowired
    PreferencesService preferences;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nobody_chose_a_theme_yet() {
        jdbc.sql("DELETE FROM user_preferences").update();
    }

    @Test
    void a_user_who_never_chose_gets_the_light_theme() {
        UI ui = openConsole();

        assertThat(userMenu().darkTheme.isChecked()).isFalse();
        assertThat(ui.getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        assertThat(themeAttributesSet(ui)).containsExactly("light");
    }

    @Test
    void the_dark_theme_is_stored_and_a_new_ui_for_the_same_user_starts_dark() {
        UI first = openConsole();
        themeAttributesSet(first);

        menuBar().clickItem(USER_MENU, DARK_THEME);

        assertThat(preferences.theme()).isEqualTo(ThemeMode.DARK);
        assertThat(first.getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(themeAttributesSet(first)).containsExactly("dark");

        // Another browser: a fresh session and UI for the same signed-in user.
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI second = openConsole();

        assertThat(second).isNotSameAs(first);
        assertThat(menuBar().isItemChecked(USER_MENU, DARK_THEME)).isTrue();
        assertThat(second.getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(themeAttributesSet(second)).containsExactly("dark");
    }

    @Test
    void switching_back_to_light_is_stored_too() {
        preferences.setTheme(ThemeMode.DARK);
        UI ui = openConsole();
        themeAttributesSet(ui);

        menuBar().clickItem(USER_MENU, DARK_THEME);

        assertThat(preferences.theme()).isEqualTo(ThemeMode.LIGHT);
        assertThat(ui.getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        assertThat(themeAttributesSet(ui)).containsExactly("light");
    }

    @Test
    void the_chosen_language_is_stored_and_a_new_ui_speaks_it() {
        openConsole();

        menuBar().clickItem(USER_MENU, LANGUAGE, 2); // Browser default, English, Deutsch

        assertThat(preferences.current().language()).isEqualTo("de");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI second = openConsole();
        assertThat(second.getLocale().getLanguage()).isEqualTo("de");
        assertThat(menuBar().isItemChecked(USER_MENU, LANGUAGE, 2)).isTrue();
        assertThat(second.getTranslation("shell.user.signOut")).isEqualTo("Abmelden");

        menuBar().clickItem(USER_MENU, LANGUAGE, 0);
        assertThat(preferences.current().language()).isNull();
    }

    private UI openConsole() {
        navigate(A_VIEW_IN_THE_LAYOUT, Component.class);
        return UI.getCurrent();
    }

    private UserMenu userMenu() {
        return $(UserMenu.class).single();
    }

    private MenuBarTester<MenuBar> menuBar() {
        return new MenuBarTester<>(userMenu().getContent());
    }

    /** The values the page's scripts set as the document's {@code theme} attribute since the last call. */
    private static List<String> themeAttributesSet(UI ui) {
        return ui.getInternals()
                .dumpPendingJavaScriptInvocations()
                .stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("setAttribute('theme'"))
                .map(js -> String.valueOf(js.getParameters().getFirst()))
                .toList();
    }
}
