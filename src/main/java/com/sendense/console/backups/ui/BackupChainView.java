package com.sendense.console.backups.ui;

import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("backups/vm/:vmName/chain")
@PageTitle("Recovery points")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class BackupChainView extends Main {

    static final String VM_NAME = "vmName";
    static final String BACKUP_PARAM = "backup";

    BackupChainView() {
        add(new ViewToolbar("Recovery points"));
    }
}
