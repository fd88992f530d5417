package com.sendense.console.restore.ui;

import com.sendense.console.users.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Restore files: choose a VM, a recovery point and a disk, then mount it. */
@Route(RestoreNavigation.WIZARD_ROUTE)
@PageTitle("Restore files")
@Menu(order = 30, icon = "vaadin:folder-open", title = "Restore files")
@RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
class RestoreWizardView extends Main {

    static final String VM_PARAM = "vm";
    static final String BACKUP_PARAM = "backup";
    static final String DISK_PARAM = "disk";
}
