package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.dashboard.RpoScope;
import com.sendense.console.dashboard.RpoTarget;
import com.sendense.console.dashboard.RpoTargetRejected;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 91, icon = "vaadin:clock", title = "RPO targets")
@RolesAllowed(Roles.ADMIN)
class RpoTargetsView extends Main implements HasDynamicTitle {

    final IntegerField defaultHours = hoursField(getTranslation("dashboard.rpo.defaultTarget"));
    final Button saveDefault = new Button(getTranslation("dashboard.rpo.saveDefault"));
    final Select<RpoScope> scope = new Select<>();
    final ComboBox<String> name = new ComboBox<>(getTranslation("dashboard.rpo.groupOrVm"));
    final IntegerField overrideHours = hoursField(getTranslation("dashboard.rpo.target"));
    final Button addOverride = new Button(getTranslation("dashboard.rpo.setOverride"), VaadinIcon.PLUS.create());
    final Grid<RpoTarget> overrides = new Grid<>();
    private final RpoTargetService service;
    private final ZoneId zone;

    RpoTargetsView(RpoTargetService service, HubZone hubProperties) {
        this.service = service;
        this.zone = hubProperties.zone();

        // Create components
        saveDefault.addThemeVariants(ButtonVariant.PRIMARY);
        scope.setLabel(getTranslation("dashboard.rpo.appliesTo"));
        scope.setItems(RpoScope.GROUP, RpoScope.VM);
        scope.setItemLabelGenerator(this::label);
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
        var help = new Paragraph(getTranslation("dashboard.rpo.help"));
        help.addClassName(LumoUtility.TextColor.SECONDARY);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER);
        setSizeFull();
        var overridesTitle = new H2(getTranslation("dashboard.rpo.overrides"));
        overridesTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.NONE);
        add(new ViewToolbar(getTranslation("dashboard.rpo.title")), help, defaults, overridesTitle, form, overrides);
        refresh();
        loadNames();
    }

    private void configureGrid() {
        ClippedText.addColumn(overrides, t -> label(t.scope()))
                .setHeader(getTranslation("dashboard.rpo.appliesTo"))
                .setKey("scope")
                .setAutoWidth(true);
        ClippedText.addColumn(overrides, RpoTarget::name)
                .setHeader(getTranslation("dashboard.rpo.col.name"))
                .setKey("name")
                .setFlexGrow(1);
        overrides.addColumn(t -> PostureSection.hours(t.target()))
                .setHeader(getTranslation("dashboard.rpo.target"))
                .setKey("target")
                .setAutoWidth(true);
        overrides
                .addColumn(t -> getTranslation("dashboard.rpo.changedBy", t.updatedBy(),
                        Formatters.dateTime(t.updatedAt(), zone, locale())))
                .setHeader(getTranslation("dashboard.rpo.col.changed"))
                .setKey("changed")
                .setAutoWidth(true);
        overrides.addComponentColumn(t -> {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(t));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("dashboard.rpo.removeLabel", t.name()));
            remove.setTooltipText(getTranslation("dashboard.rpo.remove"));
            return remove;
        }).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        overrides.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        overrides.setEmptyStateText(getTranslation("dashboard.rpo.noOverrides"));
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
            name.setHelperText(getTranslation("dashboard.rpo.namesUnread", HubErrorMessages.explain(e, locale())));
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
            Notifications.success(getTranslation("dashboard.rpo.defaultSaved", defaultHours.getValue()));
        } catch (RpoTargetRejected e) {
            defaultHours.setErrorMessage(getTranslation(e.text().key(), e.text().args().toArray()));
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
            Notifications.success(
                    getTranslation("dashboard.rpo.overrideSaved", label(saved.scope()), saved.name(), saved.hours()));
        } catch (RpoTargetRejected e) {
            Notifications.error(getTranslation(e.text().key(), e.text().args().toArray()));
        }
    }

    private void remove(RpoTarget t) {
        service.removeOverride(t.scope(), t.name());
        refresh();
        Notifications.success(getTranslation("dashboard.rpo.overrideRemoved", t.name()));
    }

    private IntegerField hoursField(String label) {
        var field = new IntegerField(label);
        field.setMin(1);
        field.setMax(RpoTarget.MAX_HOURS);
        field.setSuffixComponent(new Div("h")); // i18n: not text (the unit, the same in every language)
        field.setStepButtonsVisible(true);
        field.setWidth("10rem");
        field.setI18n(
                new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("dashboard.rpo.wholeHours"))
                        .setMinErrorMessage(getTranslation("dashboard.rpo.atLeast"))
                        .setMaxErrorMessage(getTranslation("dashboard.rpo.atMost", RpoTarget.MAX_HOURS)));
        return field;
    }

    private String label(RpoScope scope) {
        return getTranslation(scope.label().key());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.rpo.title");
    }

    private Locale locale() {
        return getLocale() == null ? Languages.DEFAULT : getLocale();
    }
}
