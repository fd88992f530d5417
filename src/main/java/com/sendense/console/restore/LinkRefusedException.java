package com.sendense.console.restore;

import org.springframework.security.access.AccessDeniedException;

/**
 * A path the console will not send to the hub because it goes into, through or below a link the
 * hub would follow out of the mount (issue 11). An {@link AccessDeniedException} so every refusal
 * is handled, and audited, like the other access refusals; the message is a sentence for the user
 * that names the link, where it points and why it is refused.
 */
public class LinkRefusedException extends AccessDeniedException {

    public LinkRefusedException(String sentence) {
        super(sentence);
    }
}
