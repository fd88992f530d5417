package com.sendense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.Application;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts have published passwords, so they must not survive into a start against a real
 * hub on the same database (the same {@code ./data} or Docker volume): two console starts one after
 * the other on one H2 file.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsAcrossRestartTest {

    @TempDir
    Path data;

    @Test
    void demo_accounts_sign_in_with_the_demo_hub_and_are_gone_after_a_restart_against_a_real_hub(
            CapturedOutput output) {
        try (ConfigurableApplicationContext demo = start()) {
            assertThat(demo.getEnvironment().getProperty("hub.demo", Boolean.class)).isTrue();
            assertThat(signIn(demo, "operator", "operator-demo-pw").isAuthenticated()).isTrue();
            assertThat(signIn(demo, "manager", "manager-demo-pw").isAuthenticated()).isTrue();
        }

        try (ConfigurableApplicationContext real = start("--hub.base-url=http://127.0.0.1:9")) {
            assertThat(real.getEnvironment().getProperty("hub.demo", Boolean.class)).isFalse();
            for (String[] account : new String[][]{{"operator", "operator-demo-pw"}, {"helpdesk", "helpdesk-demo-pw"},
                    {"manager", "manager-demo-pw"}}) {
                assertThatThrownBy(() -> signIn(real, account[0], account[1])).as(account[0])
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(signIn(real, "admin", "restart-admin-pw").isAuthenticated()).as("real accounts stay").isTrue();
        }
        assertThat(output.getOut()).containsPattern("WARN .*Demo accounts deleted: helpdesk, manager, operator");
    }

    private ConfigurableApplicationContext start(String... moreArgs) {
        String[] args = {"--spring.datasource.url=jdbc:h2:file:" + data.resolve("console") + ";AUTO_SERVER=FALSE",
                "--console.admin.initial-password=restart-admin-pw", "--server.port=0",
                "--console.scheduling.enabled=false", "--vaadin.launch-browser=false"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(moreArgs))
                .toArray(String[]::new);
        return SpringApplication.run(Application.class, all);
    }

    /** The check form sign-in makes: the console's user store and password encoder. */
    private static Authentication signIn(ConfigurableApplicationContext context, String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        AuthenticationManager manager = new ProviderManager(provider);
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
