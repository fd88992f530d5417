package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.restore.AuditUnavailableException;
import com.sendense.console.restore.CompareService;
import com.sendense.console.restore.Comparison;
import com.sendense.console.restore.MountGoneException;
import com.sendense.console.restore.NoFreeSlotException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Compare with …": pick another recovery point of the same VM and disk, learn first that it takes one of the hub's
 * mount slots (and how many are free), then see the folder's differences ({@link CompareResult}). Closing the dialog,
 * leaving the page or ending the session releases the extra mount.
 */
final class CompareDialog extends Dialog {

    final Select<Backup> point = new Select<>();
    final Paragraph slotNote = new Paragraph();
    final Button start = new Button();
    final Button close = new Button();
    final Div body = new Div();
    /** The mount being made and its hand-over to the UI, for tests to wait on. */
    @Nullable
    CompletableFuture<?> pending;

    @Nullable
    CompareResult result;
    private final CompareService compare;
    private final MountId mount;
    private final HubPath folder;
    private final String holderId;
    private final CompareResult.Actions actions;
    private final ZoneId zone;
    private @Nullable Comparison open;

    CompareDialog(CompareService compare, MountId mount, HubPath folder, String holderId, ZoneId zone, Locale locale,
            CompareResult.Actions actions) {
        this.compare = compare;
        this.mount = mount;
        this.folder = folder;
        this.holderId = holderId;
        this.actions = actions;
        this.zone = zone;
        addClassName("compare-dialog");
        setHeaderTitle(getTranslation("compare.title", folder.value()));
        setWidth("min(1200px, 96vw)");
        setHeight("85vh");
        setResizable(true);
        point.setLabel(getTranslation("compare.point"));
        point.setItemLabelGenerator(b -> getTranslation("compare.pointLabel",
                Formatters.dateTime(b.createdAt(), zone, locale), getTranslation("compare.type." + b.type().name())));
        point.setWidth("24rem");
        slotNote.addClassName("compare-slots");
        start.setText(getTranslation("compare.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> begin());
        close.setText(getTranslation("compare.close"));
        close.addClassName("compare-close");
        close.addClickListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                release();
            }
        });
        body.addClassName("compare-body");
        getFooter().add(start, close);
        add(body);
        choose();
    }

    private void choose() {
        body.removeAll();
        List<Backup> points;
        RestoreResources slots;
        try {
            points = compare.candidates(mount);
            slots = compare.slots();
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        if (points.isEmpty()) {
            body.add(note(getTranslation("compare.noOtherPoint")));
            start.setEnabled(false);
            return;
        }
        point.setItems(points);
        point.setValue(points.getFirst());
        boolean free = slots.availableSlots() > 0;
        slotNote.setText(free
                ? getTranslation("compare.slots", slots.availableSlots(), slots.maxMounts())
                : getTranslation("compare.noSlot", slots.maxMounts()));
        slotNote.getElement().getClassList().set("compare-refused", !free);
        body.add(point, slotNote);
        start.setEnabled(free);
    }

    private void begin() {
        Backup other = point.getValue();
        if (other == null) {
            return;
        }
        start.setEnabled(false);
        point.setEnabled(false);
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        body.removeAll();
        body.add(
                new Span(getTranslation("compare.mounting",
                        Formatters.dateTime(other.createdAt(), zone, getLocale() == null ? Locale.UK : getLocale()))),
                progress);
        UI ui = UI.getCurrent();
        CompletableFuture<Comparison> work;
        try {
            work = compare.openInBackground(mount, other.id(), holderId);
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        pending = work.whenComplete((c, error) -> ui.access(() -> {
            if (error != null) {
                failed(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else if (!isOpened()) {
                open = c;
                release(); // closed while the hub mounted
            } else {
                open = c;
                start.setVisible(false);
                result = new CompareResult(compare, c, zone, actions);
                body.removeAll();
                body.add(result);
                result.show(folder);
            }
        }));
    }

    private void release() {
        Comparison c = open;
        open = null;
        if (c != null) {
            compare.close(c);
        }
    }

    private void failed(Throwable e) {
        body.removeAll();
        Paragraph why = note(switch (e) {
            case NoFreeSlotException n -> getTranslation("compare.noSlot", n.slots().maxMounts());
            case AuditUnavailableException a -> getTranslation("compare.error.audit");
            case MountGoneException g -> getTranslation("compare.error.mountGone");
            case AccessDeniedException d -> getTranslation("compare.error.refused", String.valueOf(d.getMessage()));
            case HubException h -> getTranslation("compare.error.hub", HubErrorMessages.explain(h));
            default -> getTranslation("compare.error.unexpected");
        });
        why.addClassName("compare-refused");
        body.add(why);
        start.setEnabled(false);
    }

    private static Paragraph note(String text) {
        var p = new Paragraph(text);
        p.addClassName("compare-note");
        return p;
    }
}
