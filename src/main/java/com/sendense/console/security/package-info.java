/**
 * Web security: the filter chain with Vaadin's configurer, method security, the password encoder
 * and the sign-in view. Accounts themselves live in {@code users}.
 */
@NullMarked
package com.sendense.console.security;

import org.jspecify.annotations.NullMarked;
