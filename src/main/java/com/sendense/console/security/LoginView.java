package com.sendense.console.security;

import com.sendense.console.users.UserService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in page. Spring Security handles the POST to {@code /login} and comes back with
 * {@code ?error} on failure, or {@code ?locked=<epoch seconds>} from {@link SignInLockFilter}. Until anybody has ever
 * signed in, it says where the first
 * administrator's password comes from.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginOverlay login;
    final LoginI18n i18n;
    final Paragraph firstStartHint;

    private final UserService userService;
    private final Clock clock;

    LoginView(UserService userService, Clock clock) {
        this.userService = userService;
        this.clock = clock;

        // Create components
        i18n = i18n();
        login = new LoginOverlay(i18n);
        login.setTitle(getTranslation("login.product"));
        login.setDescription(getTranslation("login.description"));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setOpened(true);
        firstStartHint = new Paragraph(getTranslation("login.firstStart"));
        firstStartHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.TextAlignment.CENTER);

        // Layout
        login.getFooter().add(firstStartHint);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Optional<Instant> lockedUntil = parameters.getSingleParameter(SignInLockFilter.LOCKED_PARAMETER)
                .flatMap(LoginView::epochSeconds);
        i18n.setErrorMessage(lockedUntil.map(this::lockedMessage).orElseGet(this::wrongPassword));
        login.setI18n(i18n);
        login.setError(lockedUntil.isPresent() || parameters.getParameters().containsKey("error"));
        firstStartHint.setVisible(userService.nobodyHasSignedInYet());
    }

    // The same words whether the name exists or not, and for a locked name or address alike.
    private LoginI18n.ErrorMessage lockedMessage(Instant until) {
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).getSeconds() + 59) / 60);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.locked.title"));
        error.setMessage(getTranslation("login.locked.message", minutes));
        error.setUsername(getTranslation("login.required.username"));
        error.setPassword(getTranslation("login.required.password"));
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    // The time comes from the URL, so anything but a plain number is ignored.
    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    // Every text of Vaadin's form, not only ours: its defaults are English.
    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.form.forgotPassword"));
        i18n.setErrorMessage(wrongPassword());
        return i18n;
    }

    private LoginI18n.ErrorMessage wrongPassword() {
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.wrong.title"));
        error.setMessage(getTranslation("login.wrong.message"));
        error.setUsername(getTranslation("login.required.username"));
        error.setPassword(getTranslation("login.required.password"));
        return error;
    }
}
