package com.sendense.console.users.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Only administrators reach Administration → Users. Vaadin's navigation access control sends
 * anonymous visitors to the sign-in view and shows other users "not found", so the route's
 * existence is not revealed.
 */
@SpringBootTest
@ActiveProfiles("test")
class UsersViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(roles = Roles.OPERATOR)
    void operators_are_refused() {
        assertRefused();
    }

    @Test
    @WithMockUser(roles = Roles.HELPDESK)
    void help_desk_users_are_refused() {
        assertRefused();
    }

    @Test
    @WithMockUser(roles = Roles.MANAGER)
    void managers_are_refused() {
        assertRefused();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void administrators_get_in() {
        assertThat(navigate(UsersView.class)).isInstanceOf(UsersView.class);
    }

    private void assertRefused() {
        // browserless-test reports a navigation that ends elsewhere as IllegalArgumentException.
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
        // Whatever "not found" view the application registers (Vaadin's or its own).
        assertThat(getCurrentView()).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(UsersView.class);
    }
}
