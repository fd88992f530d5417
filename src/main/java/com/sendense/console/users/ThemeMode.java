package com.sendense.console.users;

/** The colour scheme a user chose for the console. */
public enum ThemeMode {
    LIGHT, DARK
}
