package com.sendense.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.QueryParameters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nobody_has_signed_in_yet() {
        jdbc.sql("UPDATE users SET last_login_at = NULL").update();
    }

    @Test
    void shows_the_product_title_and_an_open_sign_in_form() {
        LoginView view = navigate(LoginView.class);

        LoginOverlay login = view.login;
        assertThat(login.isOpened()).isTrue();
        assertThat(login.getAction()).isEqualTo("login");
        assertThat(login.isError()).isFalse();
        assertThat(login.getTitleAsText()).isEqualTo("Sendense Console");
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Wrong user name or password");
        assertThat(find(LoginOverlay.class).single()).isSameAs(login);
    }

    @Test
    void shows_the_error_after_a_failed_sign_in() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginView view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isTrue();
    }

    @Test
    void explains_the_first_administrator_password_until_somebody_signs_in() {
        LoginView first = navigate(LoginView.class);
        assertThat(first.firstStartHint.isVisible()).isTrue();
        assertThat(test(first.firstStartHint).getText()).startsWith("First start: sign in as admin");

        jdbc.sql("UPDATE users SET last_login_at = :now WHERE username = 'admin'")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        assertThat(navigate(LoginView.class).firstStartHint.isVisible()).isFalse();
    }

    @Test
    void a_locked_sign_in_says_when_to_try_again_without_saying_whether_the_user_exists() {
        navigate(LoginView.class);
        long until = java.time.Instant.now().plusSeconds(14 * 60 + 30).getEpochSecond();
        UI.getCurrent().navigate("login", QueryParameters.of("locked", Long.toString(until)));

        LoginView view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("Try again in 15 minutes")
                .doesNotContain("exist");
    }

    @Test
    @com.sendense.reliability.BadInput("bad url parameter")
    void a_forged_locked_parameter_falls_back_to_the_plain_error() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("locked", "<b>soon</b>"));

        LoginView view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isFalse();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Wrong user name or password");
    }

    @Test
    void a_german_browser_gets_the_whole_sign_in_form_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        // The test UI opened the sign-in page in English before the locale was set: leave it so it is built anew.
        UI.getCurrent().navigate("no-such-page");
        long until = java.time.Instant.now().plusSeconds(90).getEpochSecond();
        UI.getCurrent().navigate("login", QueryParameters.of("locked", Long.toString(until)));

        LoginView view = (LoginView) getCurrentView();

        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Anmelden");
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Benutzername");
        assertThat(view.i18n.getForm().getPassword()).isEqualTo("Passwort");
        assertThat(view.i18n.getForm().getSubmit()).isEqualTo("Anmelden");
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Zu viele fehlgeschlagene Anmeldungen");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("in 2 Minuten erneut");
        assertThat(test(view.firstStartHint).getText()).startsWith("Erster Start");
        assertThat(view.getPageTitle()).isEqualTo("Anmelden");
    }
}
