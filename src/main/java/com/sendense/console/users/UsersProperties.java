package com.sendense.console.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.*} settings for accounts.
 *
 * @param admin the first administrator
 * @param demoUsers {@code console.demo-users}: create one user per role with published passwords
 *     (see {@link DemoUsers}); false deletes them. Set by the demo-hub start, and forced
 *     false whenever {@code hub.base-url} names a hub
 */
@ConfigurationProperties("console")
record UsersProperties(@DefaultValue Admin admin, @DefaultValue("false") boolean demoUsers) {

    /**
     * @param initialPassword {@code console.admin.initial-password}: password of {@code admin}
     *     when the user table is empty; empty means generate one and log it once
     */
    record Admin(@DefaultValue("") String initialPassword) {

        @Override
        public String toString() {
            return "Admin[initialPassword=" + (initialPassword.isEmpty() ? "" : "***") + "]";
        }
    }
}
