package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.restore.AuditFilter;
import com.sendense.console.restore.AuditLog;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadOutcome;
import com.sendense.console.restore.DownloadRecord;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Who downloaded what from which recovery point: the restore audit log, filtered by user, VM,
 * outcome and dates, newest first, loaded page by page, and exported as CSV with the same filter.
 */
@Route("restore/audit")
@Menu(order = 60, icon = "vaadin:clipboard-text", title = "Restore audit")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@StyleSheet("styles/restore.css")
class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditLog audit;
    private final ZoneId zone = ZoneId.systemDefault();
    final TextField user = new TextField();
    final TextField vm = new TextField();
    final ComboBox<DownloadOutcome> outcome = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<DownloadRecord> grid = new Grid<>();
    final Span count = new Span();
    final Anchor export;

    AuditLogView(AuditLog audit) {
        this.audit = audit;

        // Create components
        user.setPlaceholder(getTranslation("restore.audit.user"));
        vm.setPlaceholder(getTranslation("restore.mounts.vm"));
        for (TextField f : new TextField[]{user, vm}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setAriaLabel(f.getPlaceholder());
        }
        outcome.setItems(DownloadOutcome.values());
        outcome.setItemLabelGenerator(o -> label(o, locale()));
        outcome.setPlaceholder(getTranslation("restore.audit.anyOutcome"));
        outcome.setAriaLabel(getTranslation("restore.audit.outcome"));
        outcome.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("restore.audit.from"));
        from.setAriaLabel(getTranslation("restore.audit.fromDate"));
        to.setPlaceholder(getTranslation("restore.audit.to"));
        to.setAriaLabel(getTranslation("restore.audit.toDate"));
        Locale csvLocale = locale();
        export = new Anchor((DownloadHandler) event -> {
            // The handler runs outside the session lock: read the filter fields under it.
            AuditFilter[] current = {AuditFilter.ALL};
            event.getUI().accessSynchronously(() -> current[0] = filter());
            event.setFileName("restore-audit.csv");
            event.setContentType("text/csv;charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.exportCsv(current[0], csvLocale, writer);
        }, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("restore.audit.export")));
        export.addClassName("audit-export");
        configureGrid();

        // Add listeners
        user.addValueChangeListener(e -> refresh());
        vm.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        // Layout
        var filters = new Div(user, vm, outcome, from, to, count, export);
        filters.addClassName("audit-filters");
        setSizeFull();
        addClassName("audit-view");
        add(new ViewToolbar(getTranslation("restore.audit.title")), filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("restore.audit.title");
    }

    AuditFilter filter() {
        return new AuditFilter(user.getValue(), vm.getValue(), outcome.getValue(), start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
    }

    private @org.jspecify.annotations.Nullable Instant start(@org.jspecify.annotations.Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void refresh() {
        grid.setItems(q -> audit.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter()));
        int n = audit.count(filter());
        count.setText(getTranslation("restore.audit.count", n));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formatters.dateTime(r.startedAt(), zone, locale()))
                .setHeader(getTranslation("restore.audit.time"))
                .setKey("time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ClippedText.addColumn(grid, DownloadRecord::username)
                .setHeader(getTranslation("restore.audit.user"))
                .setKey("user")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ClippedText.addColumn(grid, DownloadRecord::vmName)
                .setHeader(getTranslation("restore.mounts.vm"))
                .setKey("vm")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("restore.audit.point", r.backupId(), String.valueOf(r.diskIndex())))
                .setHeader(getTranslation("restore.step.point"))
                .setKey("backup")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ClippedText.addColumn(grid, DownloadRecord::path)
                .setHeader(getTranslation("restore.audit.path"))
                .setKey("path")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(DownloadRecord::path);
        grid.addColumn(r -> r.kind().label(locale()))
                .setHeader(getTranslation("restore.point.type"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.expectedBytes() == null ? "" : Formatters.bytes(r.expectedBytes(), locale()))
                .setHeader(getTranslation("restore.audit.size"))
                .setKey("size")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formatters.bytes(r.bytesDelivered(), locale()))
                .setHeader(getTranslation("restore.audit.delivered"))
                .setKey("delivered")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::outcomeBadge)
                .setHeader(getTranslation("restore.audit.outcome"))
                .setKey("outcome")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a search has no reason: its pattern, filters and count are what the auditor needs
        ClippedText
                .addColumn(grid,
                        r -> r.reason() != null
                                ? r.reason()
                                : r.kind() == DownloadKind.SEARCH && r.detail() != null ? r.detail() : "")
                .setHeader(getTranslation("restore.audit.reason"))
                .setKey("reason")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("restore.audit.empty"));
    }

    private StatusBadge outcomeBadge(DownloadRecord r) {
        var badge = new StatusBadge(label(r, audit.isRunning(r), locale()), tone(r.outcome()));
        if (r.detail() != null) {
            // An attribute, so the hub's or the refusal's text stays text.
            badge.getElement().setAttribute("title", r.detail());
        }
        return badge;
    }

    /** A STARTED row this console is not running lost its end: the console stopped during it. */
    static String label(DownloadRecord r, boolean running, Locale locale) {
        if (r.outcome() == DownloadOutcome.STARTED) {
            return Messages.get(locale, running ? "restore.audit.inProgress" : "restore.audit.didNotFinish");
        }
        return label(r.outcome(), locale);
    }

    static String label(DownloadOutcome o, Locale locale) {
        return Messages.get(locale, "restore.outcome." + o.name().toLowerCase(Locale.ROOT));
    }

    private static StatusBadge.Tone tone(DownloadOutcome o) {
        return switch (o) {
            case COMPLETE -> StatusBadge.Tone.SUCCESS;
            case TRUNCATED, FAILED, REFUSED -> StatusBadge.Tone.ERROR;
            case STARTED -> StatusBadge.Tone.WARNING;
            case ABORTED -> StatusBadge.Tone.CONTRAST;
        };
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
