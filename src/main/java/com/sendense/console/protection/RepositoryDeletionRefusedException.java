package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** Refused by the console before asking the hub, which would refuse as well. */
public class RepositoryDeletionRefusedException extends RuntimeException implements Explained {

    private final Text text;

    public RepositoryDeletionRefusedException(RepositoryDeletionCheck check) {
        super(Messages.english(check.refusal()));
        this.text = check.refusal();
    }

    @Override
    public Text text() {
        return text;
    }
}
