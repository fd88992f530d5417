package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.CountdownBadge;

import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.ui.MountErrors.Explanation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

class MountProblemPanel extends Div {

    record Actions(SerializableRunnable retry, SerializableRunnable checkAgain, SerializableRunnable chooseAnother) {}

    final Button primary = new Button();

    MountProblemPanel(Explanation explanation, List<MountRecord> inUse, Instant now, Locale locale, Actions actions) {
        addClassName("mount-problem");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("data-next", explanation.next().name().toLowerCase(Locale.ROOT));
        add(new H3(explanation.title()), new Paragraph(explanation.text()));
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switch (explanation.next()) {
            case SHOW_MOUNTS -> {
                add(mountList(inUse, now, locale));
                primary.setText(Messages.get(locale, "restore.problem.openMounts"));
                primary.setIcon(VaadinIcon.HARDDRIVE.create());
                primary.addClickListener(e -> RestoreNavigation.showMounts());
            }
            case RETRY, ADMINISTRATOR -> {
                primary.setText(Messages.get(locale, "restore.problem.tryAgain"));
                primary.setIcon(VaadinIcon.REFRESH.create());
                primary.addClickListener(e -> actions.retry().run());
                if (explanation.next() == MountErrors.NextStep.ADMINISTRATOR) {
                    primary.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
            }
            case CHECK_AGAIN -> {
                primary.setText(Messages.get(locale, "restore.problem.checkAgain"));
                primary.setIcon(VaadinIcon.SEARCH.create());
                primary.addClickListener(e -> actions.checkAgain().run());
            }
            case CHOOSE_ANOTHER -> {
                primary.setText(Messages.get(locale, "restore.problem.chooseAnother"));
                primary.setIcon(VaadinIcon.ARROW_LEFT.create());
                primary.addClickListener(e -> actions.chooseAnother().run());
            }
        }
        add(primary);
    }

    private static Div mountList(List<MountRecord> inUse, Instant now, Locale locale) {
        var list = new UnorderedList();
        for (MountRecord m : inUse) {
            String what = m.vmName() == null
                    ? Messages.get(locale, "restore.problem.outsideMount")
                    : m.vmName() + ", " + RestoreLabels.disk(m, locale);
            list.add(new ListItem(Messages.get(locale, "restore.problem.mountLine", what,
                    RestoreLabels.openedBy(m, locale), CountdownBadge.format(m.remaining(now), locale))));
        }
        var box = new Div(list);
        box.addClassName("mount-problem-mounts");
        if (inUse.isEmpty()) {
            box.add(new Paragraph(Messages.get(locale, "restore.problem.noneVisible")));
        }
        return box;
    }
}
