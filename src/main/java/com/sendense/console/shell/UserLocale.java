package com.sendense.console.shell;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.users.PreferencesService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each new UI speaks the signed-in user's saved language, else the browser's, else English
 * ({@link Languages#resolve}); the sign-in page, before anyone is known, follows the browser.
 */
@Configuration
class UserLocale {

    @Bean
    VaadinServiceInitListener browserLocaleInitializer(PreferencesService preferences) {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            init.getUI()
                    .setLocale(Languages.resolve(preferences.current().language(),
                            request == null ? null : request.getLocale()));
        });
    }
}
