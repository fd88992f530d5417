/**
 * Every user-facing text of the console comes from message bundles in {@code src/main/resources/i18n}:
 * one bundle per feature ({@code i18n/restore.properties}, {@code i18n/restore_de.properties}, …) whose
 * keys start with the bundle's name ({@code restore.browser.title}). {@link Messages} reads them,
 * {@link ConsoleI18NProvider} hands them to Vaadin's {@code getTranslation}, {@link Text} carries a
 * message from a service to the view that shows it, and {@link Languages} decides a user's locale.
 * Adding a language means adding one {@code _xx} file per bundle and one entry in {@link Languages}.
 */
@NullMarked
package com.sendense.console.base.i18n;

import org.jspecify.annotations.NullMarked;
