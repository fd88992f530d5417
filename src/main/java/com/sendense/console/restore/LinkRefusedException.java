package com.sendense.console.restore;

import org.springframework.security.access.AccessDeniedException;

/** An access refusal (issue 11), so it is handled and audited like the others; the message is for the user. */
public class LinkRefusedException extends AccessDeniedException {

    public LinkRefusedException(String sentence) {
        super(sentence);
    }
}
