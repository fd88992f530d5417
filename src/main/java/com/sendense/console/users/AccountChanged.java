package com.sendense.console.users;

/**
 * Published (after the commit) when an account changed so that its open sessions must end:
 * disabled, deleted, another role or VM scope, a reset password.
 *
 * @param username the account's lower-case name
 */
public record AccountChanged(String username) {}
