package com.sendense.console.restore.ui;

import com.sendense.console.users.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every mount on the hub with its time left, who opened it, and Browse / Unmount. */
@Route("restore/mounts")
@PageTitle("Active mounts")
@Menu(order = 31, icon = "vaadin:hard-drive", title = "Active mounts")
@RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
class ActiveMountsView extends Main {
}
