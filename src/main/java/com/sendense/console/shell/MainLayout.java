package com.sendense.console.shell;

import com.sendense.console.backups.ui.BackupsNavigation;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Announcer;
import com.sendense.console.hub.HubZone;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.PreferencesService;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Around every signed-in view: navigation from the {@code @Menu} annotations filtered by role, the hub
 * status, the user menu, and the hub outage banner above the view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Div viewHolder = new Div();

    MainLayout(LiveUpdates live, HubZone hubProperties, CurrentUser currentUser, PreferencesService preferences,
            AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        var status = new HubStatusIndicator(live, hubProperties.zone());

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menuToggle"));
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, spacer, status, new UserMenu(currentUser, preferences, auth));
        addToDrawer(brand(), navigation(live));

        viewHolder.addClassName("view-holder");
        // The page's one live region, for news a screen reader should hear without looking.
        var announcer = new Announcer();
        addAttachListener(e -> announcer.install(e.getUI()));
        var content = new Div(status.banner, viewHolder, announcer);
        content.addClassName("layout-content");
        setContent(content);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        viewHolder.getElement().removeAllChildren();
        viewHolder.getElement().appendChild(content.getElement());
    }

    private Div brand() {
        var logo = VaadinIcon.CLOUD_DOWNLOAD_O.create();
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("shell.brand"));
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(LiveUpdates live) {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry, live)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry, LiveUpdates live) {
        String title = title(entry);
        SideNavItem item = entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
        if (entry.path().replaceFirst("^/", "").equals(BackupsNavigation.RUNNING_PATH)) {
            // Only users who may see running backups get the item, and so the count.
            item.setSuffixComponent(new RunningJobsBadge(live));
        }
        return item;
    }

    /**
     * The menu titles are in the views' {@code @Menu} annotations, which cannot translate; the shell's bundle
     * names each entry by its path ({@code shell.nav.admin.users}), and a view without a key keeps its title.
     */
    private String title(MenuEntry entry) {
        String path = entry.path().replaceFirst("^/", "");
        String key = "shell.nav." + (path.isEmpty() ? "dashboard" : path.replace('/', '.'));
        return Messages.has(key) ? getTranslation(key) : entry.title();
    }
}
