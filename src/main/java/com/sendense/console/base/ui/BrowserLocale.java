package com.sendense.console.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without an i18n provider Vaadin would format for the server's default locale, not the browser's. */
@Configuration
class BrowserLocale {

    @Bean
    VaadinServiceInitListener browserLocaleInitializer() {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Locale locale = request == null ? null : request.getLocale();
            if (locale != null) {
                init.getUI().setLocale(locale);
            }
        });
    }
}
