package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;

/** A typed path that cannot be opened, with the sentence for the user (which paths were tried, or why none). */
public class TypedPathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text text;

    public TypedPathException(Text text) {
        super(text.key() + " " + text.args());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
