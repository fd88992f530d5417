package com.sendense.console.users;

/**
 * An administration request that breaks a rule: a taken user name, the last administrator, your
 * own account, invalid input. The message is meant for the person who asked and is safe to show.
 */
public class UserManagementException extends RuntimeException {

    public UserManagementException(String message) {
        super(message);
    }

    public UserManagementException(String message, Throwable cause) {
        super(message, cause);
    }
}
