package com.sendense.console.protection;

/** Refused by the console before asking the hub, which would refuse as well. */
public class RepositoryDeletionRefusedException extends RuntimeException {

    public RepositoryDeletionRefusedException(RepositoryDeletionCheck check) {
        super(check.refusal());
    }
}
