package com.sendense.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What every message a user sees after a fault must be: a sentence or two, no stack trace or
 * exception name, no markup, and a next step the user can take.
 */
public final class UserMessages {

    /** Words that name something the reader can do next. */
    private static final Pattern NEXT_ACTION = Pattern
            .compile("(?i)\\b(try again|check|set|reload|mount|unmount|choose|run|assign|ask|wait|download .* again|"
                    + "an administrator must|tell an administrator|start a full backup|go back|sign in)\\b");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)(^\\s*at [\\w.$]+\\(|Exception\\b|Caused by|goroutine \\d|panic:|\\w+\\.java:\\d+|\\bnull\\b)");
    // A page of markup (a proxy's error page) is no message; a hub text like "<nil>" is, shown as text.
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<\\s*/?\\s*(!doctype|html|head|body|title|script|style|img|a|div|span|p|h\\d|center|hr|br)\\b");

    private UserMessages() {}

    public static void assertActionable(String message) {
        assertThat(message).as("a user message").isNotBlank().hasSizeLessThanOrEqualTo(400);
        assertThat(STACK_TRACE.matcher(message).find()).as("no stack trace or exception name in: %s", message)
                .isFalse();
        assertThat(MARKUP.matcher(message).find()).as("no markup in: %s", message).isFalse();
        assertThat(message.lines().count()).as("one paragraph: %s", message).isEqualTo(1);
        assertThat(NEXT_ACTION.matcher(message).find()).as("a next step in: %s", message).isTrue();
    }
}
