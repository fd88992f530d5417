package com.sendense.console.backups.ui;

import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("backups/vm/:vmName")
@PageTitle("Backup history")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class VmBackupHistoryView extends Main {

    static final String VM_NAME = "vmName";
    static final String BACKUP_PARAM = "backup";

    VmBackupHistoryView() {
        add(new ViewToolbar("Backup history"));
    }
}
