package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.protection.DiscoverAddResult;
import com.sendense.console.protection.DiscoveryService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lists a vCenter's VMs through the hub, marks those the hub already has, and adds the chosen new ones.
 * Both hub calls are slow and synchronous, so they run in the background behind an indeterminate bar.
 */
class DiscoverVmsDialog extends Dialog {

    final Select<VmwareCredential> credential = new Select<>();
    final TextField filter = new TextField(getTranslation("protection.discover.filter"));
    final Button discover = new Button(getTranslation("protection.discover.run"), VaadinIcon.SEARCH.create());
    final Div progress = new Div();
    final Paragraph problem = new Paragraph();
    final Grid<DiscoveredVm> grid = new Grid<>();
    final Paragraph found = new Paragraph();
    final Button add = new Button(getTranslation("protection.discover.add", 0), VaadinIcon.PLUS.create());
    final Div results = new Div();
    @Nullable
    CompletableFuture<?> pending;
    private final DiscoveryService discovery;
    private final SerializableRunnable onAdded;
    private final Locale locale;

    DiscoverVmsDialog(DiscoveryService discovery, List<VmwareCredential> credentials, @Nullable Integer preselected,
            Locale locale, SerializableRunnable onAdded) {
        this.discovery = discovery;
        this.onAdded = onAdded;
        this.locale = locale;

        // Create components
        setHeaderTitle(getTranslation("protection.discover.title"));
        credential.setLabel(getTranslation("protection.discover.credential"));
        credential.setItemLabelGenerator(c -> getTranslation(
                c.isDefault() ? "protection.discover.credentialDefault" : "protection.discover.credentialLabel",
                c.name(), c.vcenterHost()));
        credential.setItems(credentials);
        credentials.stream()
                .filter(c -> preselected == null ? c.isDefault() : c.id() == preselected)
                .findFirst()
                .or(() -> credentials.stream().findFirst())
                .ifPresent(credential::setValue);
        filter.setClearButtonVisible(true);
        discover.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        credential.setId("discover-credential");
        credential.setWidth("24rem");
        filter.setId("discover-filter");
        discover.setId("discover-run");
        grid.setId("discover-grid");
        add.setId("discover-add");
        results.setId("discover-results");
        problem.setId("discover-problem");
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", DiscoverTexts.asking(locale));
        progress.add(bar, new Paragraph(DiscoverTexts.asking(locale)));
        progress.setVisible(false);
        problem.addClassName("discover-problem");
        problem.setVisible(false);
        DiscoverGrid.configure(grid, locale);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        results.addClassName("discover-results");
        var close = new Button(getTranslation("protection.close"), e -> close());

        // Add listeners
        discover.addClickListener(e -> startDiscovery());
        add.addClickListener(e -> startAdd());
        grid.asMultiSelect().addValueChangeListener(e -> {
            // The browser hides their checkboxes; this keeps "select all" and server-side selection honest too.
            e.getValue().stream().filter(DiscoveredVm::existing).forEach(grid::deselect);
            int n = (int) grid.getSelectedItems().stream().filter(vm -> !vm.existing()).count();
            add.setText(getTranslation("protection.discover.add", n));
            add.setEnabled(n > 0 && pending == null);
        });

        // Layout
        var form = new Div(credential, filter, discover);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE,
                LumoUtility.FlexWrap.WRAP);
        if (credentials.isEmpty()) {
            problem.setText(getTranslation("protection.discover.noCredentials"));
            problem.setVisible(true);
            discover.setEnabled(false);
        }
        add(form, progress, problem, found, grid, results);
        getFooter().add(close, add);
        setWidth("min(70rem, 95vw)");
        setResizable(true);
    }

    void startDiscovery() {
        VmwareCredential chosen = credential.getValue();
        if (chosen == null) {
            credential.setInvalid(true);
            credential.setErrorMessage(getTranslation("protection.discover.chooseCredential"));
            return;
        }
        busy(true);
        results.removeAll();
        UI ui = UI.getCurrent();
        pending = discovery.discover(chosen.id(), filter.getValue())
                .whenComplete((d, error) -> UiSubscriptions.inUi(ui, () -> discovered(d, error)).run());
    }

    private void discovered(@Nullable Discovery d, @Nullable Throwable error) {
        busy(false);
        if (d == null) {
            fail(DiscoverTexts.discoveryFailed(hubError(error), locale));
            grid.setVisible(false);
            found.setText("");
            return;
        }
        show(d.vms());
        long fresh = d.newVms().size();
        found.setText(d.partial()
                ? getTranslation("protection.discover.foundPartial", d.vms().size(), fresh, d.message())
                : getTranslation("protection.discover.found", d.vms().size(), fresh));
    }

    private void show(List<DiscoveredVm> vms) {
        // A short list without a tall empty box; a long one scrolls inside the dialog.
        grid.setAllRowsVisible(vms.size() <= 8);
        grid.setHeight(vms.size() <= 8 ? null : "22rem");
        grid.setItems(vms.stream()
                .sorted(Comparator.comparing(DiscoveredVm::existing)
                        .thenComparing(DiscoveredVm::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        grid.deselectAll();
        grid.setVisible(true);
    }

    void startAdd() {
        VmwareCredential chosen = credential.getValue();
        List<String> names = grid.getSelectedItems().stream().map(DiscoveredVm::name).sorted().toList();
        if (chosen == null || names.isEmpty()) {
            return;
        }
        busy(true);
        UI ui = UI.getCurrent();
        pending = discovery.add(chosen.id(), names)
                .whenComplete((r, error) -> UiSubscriptions.inUi(ui, () -> added(r, error)).run());
    }

    private void added(@Nullable DiscoverAddResult r, @Nullable Throwable error) {
        busy(false);
        results.removeAll();
        if (r == null) {
            fail(DiscoverTexts.addFailed(hubError(error), locale));
            return;
        }
        results.add(new Paragraph(DiscoverTexts.summary(r, locale)));
        for (DiscoverAddResult.Line line : r.lines()) {
            var row = new Div(ClippedText.span(line.vmName()),
                    new StatusBadge(DiscoverTexts.line(line, locale), tone(line)));
            row.addClassNames("discover-result", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
            results.add(row);
        }
        Set<String> nowInHub = r.lines()
                .stream()
                .filter(l -> l.outcome() == DiscoverAddResult.Outcome.ADDED
                        || l.outcome() == DiscoverAddResult.Outcome.ALREADY_EXISTED)
                .map(DiscoverAddResult.Line::vmName)
                .collect(Collectors.toSet());
        show(grid.getListDataView().getItems().map(vm -> nowInHub.contains(vm.name()) ? asExisting(vm) : vm).toList());
        if (r.count(DiscoverAddResult.Outcome.ADDED) > 0) {
            onAdded.run();
        }
    }

    private static StatusBadge.Tone tone(DiscoverAddResult.Line line) {
        return switch (line.outcome()) {
            case ADDED -> StatusBadge.Tone.SUCCESS;
            case ALREADY_EXISTED -> StatusBadge.Tone.CONTRAST;
            case FAILED -> StatusBadge.Tone.ERROR;
            case NOT_REPORTED, UNCONFIRMED -> StatusBadge.Tone.WARNING;
        };
    }

    private static DiscoveredVm asExisting(DiscoveredVm vm) {
        return new DiscoveredVm(vm.vmwareId(), vm.name(), vm.path(), vm.powerState(), vm.guestOs(), vm.memoryMb(),
                vm.cpuCount(), vm.diskCount(), vm.capacityBytes(), true, vm.contextId());
    }

    private void busy(boolean busy) {
        progress.setVisible(busy);
        discover.setEnabled(!busy);
        add.setEnabled(!busy && !grid.getSelectedItems().isEmpty());
        problem.setVisible(false);
        if (!busy) {
            pending = null;
        }
    }

    private void fail(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    /** Anything but a hub failure is a bug: the session's error handler reports it. */
    private static HubException hubError(@Nullable Throwable error) {
        Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
        if (cause instanceof HubException e) {
            return e;
        }
        throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
