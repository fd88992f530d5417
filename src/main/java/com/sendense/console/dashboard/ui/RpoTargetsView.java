package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.dashboard.RpoScope;
import com.sendense.console.dashboard.RpoTarget;
import com.sendense.console.dashboard.RpoTargetService;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Administration → RPO targets: the default every VM gets, and overrides per hub group and per VM.
 * A VM's own override wins; otherwise the strictest of its groups; otherwise the default.
 */
@Route("admin/rpo")
@PageTitle("RPO targets")
@Menu(order = 91, icon = "vaadin:clock", title = "RPO targets")
@RolesAllowed(Roles.ADMIN)
class RpoTargetsView extends Main {

    final IntegerField defaultHours = hoursField("Default target");
    final Button saveDefault = new Button("Save default");
    final Select<RpoScope> scope = new Select<>();
    final ComboBox<String> name = new ComboBox<>("Group or VM");
    final IntegerField overrideHours = hoursField("Target");
    final Button addOverride = new Button("Set override", VaadinIcon.PLUS.create());
    final Grid<RpoTarget> overrides = new Grid<>();
    private final RpoTargetService service;
    private final ZoneId zone;

    RpoTargetsView(RpoTargetService service, HubZone hubProperties) {
        this.service = service;
        this.zone = hubProperties.zone();

        // Create components
        saveDefault.addThemeVariants(ButtonVariant.PRIMARY);
        scope.setLabel("Applies to");
        scope.setItems(RpoScope.GROUP, RpoScope.VM);
        scope.setItemLabelGenerator(RpoScope::label);
        scope.setValue(RpoScope.GROUP);
        name.setAllowCustomValue(true);
        name.setWidth("16rem");
        configureGrid();

        // Add listeners
        saveDefault.addClickListener(e -> saveDefault());
        scope.addValueChangeListener(e -> loadNames());
        name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
        addOverride.addClickListener(e -> addOverride());

        // Layout
        var defaults = new Div(defaultHours, saveDefault);
        var form = new Div(scope, name, overrideHours, addOverride);
        for (Div row : List.of(defaults, form)) {
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                    LumoUtility.Gap.MEDIUM);
        }
        var help = new Paragraph("A VM's last good backup should be no older than its target. A VM override wins over "
                + "its groups; a VM in several groups gets the strictest group target; every other VM gets the default.");
        help.addClassName(LumoUtility.TextColor.SECONDARY);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER);
        setSizeFull();
        var overridesTitle = new H2("Overrides");
        overridesTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.NONE);
        add(new ViewToolbar("RPO targets"), help, defaults, overridesTitle, form, overrides);
        refresh();
        loadNames();
    }

    private void configureGrid() {
        ClippedText.addColumn(overrides, t -> t.scope().label())
                .setHeader("Applies to")
                .setKey("scope")
                .setAutoWidth(true);
        ClippedText.addColumn(overrides, RpoTarget::name).setHeader("Name").setKey("name").setFlexGrow(1);
        overrides.addColumn(t -> PostureSection.hours(t.target()))
                .setHeader("Target")
                .setKey("target")
                .setAutoWidth(true);
        overrides.addColumn(t -> t.updatedBy() + ", " + Formatters.dateTime(t.updatedAt(), zone, locale()))
                .setHeader("Last changed")
                .setKey("changed")
                .setAutoWidth(true);
        overrides.addComponentColumn(t -> {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(t));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove the override of " + t.name());
            remove.setTooltipText("Remove");
            return remove;
        }).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        overrides.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        overrides.setEmptyStateText("No overrides: every VM has the default target.");
        overrides.addClassName(LumoUtility.Flex.GROW);
    }

    private void refresh() {
        List<RpoTarget> all = service.targets();
        all.stream()
                .filter(t -> t.scope() == RpoScope.DEFAULT)
                .findFirst()
                .ifPresent(t -> defaultHours.setValue(t.hours()));
        overrides.setItems(all.stream().filter(t -> t.scope() != RpoScope.DEFAULT).toList());
    }

    private void loadNames() {
        try {
            name.setItems(scope.getValue() == RpoScope.VM ? service.vmNames() : service.groupNames());
            name.setHelperText(null);
        } catch (HubException e) {
            name.setItems(List.of());
            name.setHelperText("Names could not be read from the hub; type one. " + HubErrorMessages.explain(e));
        }
    }

    private void saveDefault() {
        if (defaultHours.getValue() == null || defaultHours.isInvalid()) {
            defaultHours.setInvalid(true);
            return;
        }
        try {
            service.setDefault(defaultHours.getValue());
            refresh();
            Notifications.success("Default RPO target set to " + defaultHours.getValue() + " h");
        } catch (IllegalArgumentException e) {
            defaultHours.setErrorMessage(e.getMessage());
            defaultHours.setInvalid(true);
        }
    }

    private void addOverride() {
        String target = name.getValue() == null ? "" : name.getValue();
        if (overrideHours.getValue() == null || overrideHours.isInvalid()) {
            overrideHours.setInvalid(true);
            return;
        }
        try {
            RpoTarget saved = service.setOverride(scope.getValue(), target, overrideHours.getValue());
            refresh();
            name.clear();
            Notifications.success(saved.scope().label() + " " + saved.name() + ": RPO target " + saved.hours() + " h");
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void remove(RpoTarget t) {
        service.removeOverride(t.scope(), t.name());
        refresh();
        Notifications.success("Override of " + t.name() + " removed; it falls back to the next rule");
    }

    private static IntegerField hoursField(String label) {
        var field = new IntegerField(label);
        field.setMin(1);
        field.setMax(RpoTarget.MAX_HOURS);
        field.setSuffixComponent(new Div("h"));
        field.setStepButtonsVisible(true);
        field.setWidth("10rem");
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter whole hours")
                .setMinErrorMessage("At least 1 hour")
                .setMaxErrorMessage("At most " + RpoTarget.MAX_HOURS + " hours"));
        return field;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
