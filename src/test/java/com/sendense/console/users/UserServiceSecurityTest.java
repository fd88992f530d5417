package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Method security on {@link UserService}: the view's {@code @RolesAllowed} is not the only guard. */
@SpringBootTest
@ActiveProfiles("test")
class UserServiceSecurityTest {

    @Autowired
    UserService userService;

    @Test
    @WithMockUser(roles = Roles.HELPDESK)
    void help_desk_cannot_call_any_admin_operation() {
        assertEveryAdminOperationIsDenied();
    }

    @Test
    @WithMockUser(roles = Roles.OPERATOR)
    void operators_cannot_call_any_admin_operation() {
        assertEveryAdminOperationIsDenied();
    }

    @Test
    @WithMockUser(roles = Roles.MANAGER)
    void managers_cannot_call_any_admin_operation() {
        assertEveryAdminOperationIsDenied();
    }

    @Test
    void anonymous_callers_are_refused_before_anything_runs() {
        assertThatThrownBy(() -> userService.list("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatCode(userService::nobodyHasSignedInYet).as("open for the sign-in page").doesNotThrowAnyException();
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void administrators_may_list_users() {
        assertThat(userService.list("")).extracting(UserAccount::username).contains("admin");
    }

    private void assertEveryAdminOperationIsDenied() {
        List<Executable> calls = List.of(() -> userService.list(""), () -> userService.find(1),
                () -> userService.usernameTaken("admin"),
                () -> userService.create(new NewUser("mallory", "Mallory", "long-enough-pw", Role.ADMIN, List.of())),
                () -> userService.update(1, new UserUpdate("x", Role.ADMIN, true, List.of())),
                () -> userService.setEnabled(1, false), () -> userService.setScope(1, List.of("*")),
                () -> userService.resetPassword(1, "long-enough-pw"), () -> userService.delete(1));
        for (Executable call : calls) {
            assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
        }
    }
}
