package com.sendense.console.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context with Vaadin security installs its own {@link SecurityContextHolderStrategy}
 * as the JVM-wide one. With several cached test contexts, a test could then put its
 * {@code @WithMockUser} into another context's strategy than the one its beans read, and fail or
 * pass depending on test order. Before each test (and before Spring Security's test listener fills
 * in the user) this puts the test's own context's strategy back in place.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (order 10000).
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
