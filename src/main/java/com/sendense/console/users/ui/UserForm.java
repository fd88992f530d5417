package com.sendense.console.users.ui;

import com.sendense.console.users.Role;
import com.sendense.console.users.UserAccount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Mutable form model behind the user dialogs' {@code Binder}s. */
class UserForm implements Serializable {

    private String username = "";
    private String displayName = "";
    private String password = "";
    private String confirmPassword = "";
    private @Nullable Role role;
    private boolean enabled = true;
    private List<String> scope = new ArrayList<>();

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.enabled = account.enabled();
        form.scope = new ArrayList<>(account.scopePatterns());
        return form;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }

    String getConfirmPassword() {
        return confirmPassword;
    }

    void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    @Nullable
    Role getRole() {
        return role;
    }

    void setRole(@Nullable Role role) {
        this.role = role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    List<String> getScope() {
        return scope;
    }

    void setScope(List<String> scope) {
        this.scope = new ArrayList<>(scope);
    }
}
