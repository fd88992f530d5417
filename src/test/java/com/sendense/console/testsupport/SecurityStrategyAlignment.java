package com.sendense.console.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the running test context's strategy before each test.
 * Vaadin installs its own strategy (with a per-instance thread local) whenever a context starts, so
 * a cached context reused after another one started would read an empty context, and
 * {@code @WithMockUser} would land in the wrong holder. Runs before Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000); registered in
 * {@code META-INF/spring.factories}.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 9_000;
    }
}
