package com.sendense.console.security;

import com.sendense.console.users.UserService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The sign-in page. Spring Security handles the POST to {@code /login} and comes back with
 * {@code ?error} on failure. Until anybody has ever signed in, it says where the first
 * administrator's password comes from.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    static final String FIRST_START_HINT = "First start: sign in as admin with the password set in"
            + " CONSOLE_ADMIN_PASSWORD, or the one printed once in the server log.";

    final LoginOverlay login;
    final LoginI18n i18n;
    final Paragraph firstStartHint;

    private final UserService userService;

    LoginView(UserService userService) {
        this.userService = userService;

        // Create components
        i18n = i18n();
        login = new LoginOverlay(i18n);
        login.setTitle("Sendense Console");
        login.setDescription("Backups and file restores for your VMs");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setOpened(true);
        firstStartHint = new Paragraph(FIRST_START_HINT);
        firstStartHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.TextAlignment.CENTER);

        // Layout
        login.getFooter().add(firstStartHint);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        firstStartHint.setVisible(userService.nobodyHasSignedInYet());
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Wrong user name or password");
        error.setMessage("Check both and try again. If it still fails, your account may be disabled: ask an administrator.");
        i18n.setErrorMessage(error);
        return i18n;
    }
}
