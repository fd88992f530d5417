package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.VmPosture;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/** The VMs without a recent completed backup, and why. */
class UnprotectedBox extends Section {

    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph(getTranslation("dashboard.unprotected.none"));
    final Paragraph hint = new Paragraph();

    UnprotectedBox() {
        addClassNames("dash-section", "unprotected-box");
        hint.addClassName("dash-hint");
        add(new H2(getTranslation("dashboard.unprotected.title")), list, none, hint);
    }

    void show(Dashboard d, Locale locale) {
        List<VmPosture> unprotected = d.unprotected();
        list.removeAll();
        for (VmPosture vm : unprotected) {
            var name = new Span(vm.vmName());
            name.addClassName("vm-name");
            var reason = new Span(vm.lastGoodBackup()
                    .map(t -> getTranslation("dashboard.unprotected.lastGood",
                            Formatters.ago(t, d.generatedAt(), locale), Formatters.dateTime(t, d.zone(), locale)))
                    .orElse(getTranslation("dashboard.unprotected.never")));
            reason.addClassName("dash-hint");
            list.add(new ListItem(name, reason));
        }
        list.setVisible(!unprotected.isEmpty());
        none.setVisible(unprotected.isEmpty());
        long days = d.unprotectedAfter().toDays();
        hint.setText(days >= 1
                ? getTranslation("dashboard.unprotected.hintDays", days)
                : getTranslation("dashboard.unprotected.hintDuration",
                        Formatters.duration(d.unprotectedAfter(), locale)));
    }
}
