package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** A failed test is a 200 too. Only a local path is really tested (and the test creates it). */
public record RepositoryTestResult(boolean success, String message, @Nullable String errorDetails) {}
