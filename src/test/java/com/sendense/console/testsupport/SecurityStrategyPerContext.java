package com.sendense.console.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's Spring auto-configuration installs its own security context strategy globally
 * ({@code SecurityContextHolder.setContextHolderStrategy}) each time an application context starts,
 * while the beans of a context keep using that context's instance. When a test class returns to a
 * cached context after another context was started, {@code @WithMockUser} would write into the
 * other context's strategy and views would see nobody signed in. This puts the current context's
 * strategy back before the security listeners run (they have order 10000).
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
