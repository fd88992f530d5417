package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.VmDisk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Step 3. The hub lists no disks inside a backup, only their number; sizes come from the VM's current disks. */
class DiskStep extends Div {

    final RadioButtonGroup<Integer> disks = new RadioButtonGroup<>();
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());

    DiskStep(String pointLabel, int disksCount, List<VmDisk> current, Locale locale, String notice,
            SerializableConsumer<Integer> onChoose, SerializableRunnable onBack) {
        // Create components
        disks.setLabel(Messages.get(locale, "restore.step.disk"));
        next.setText(Messages.get(locale, "restore.disk.continue"));
        disks.setItems(IntStream.range(0, disksCount).boxed().toList());
        disks.setItemLabelGenerator(i -> RestoreLabels.disk(i,
                current.stream().filter(d -> d.index() == i).findFirst().orElse(null), locale));
        disks.setValue(0);
        disks.addClassName("restore-disks");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        var back = new Button(Messages.get(locale, "restore.problem.chooseAnother"), VaadinIcon.ARROW_LEFT.create(),
                e -> onBack.run());

        // Add listeners
        next.addClickListener(e -> onChoose.accept(disks.getValue() == null ? 0 : disks.getValue()));

        // Layout
        addClassName("restore-step-body");
        add(new H2(Messages.get(locale, "restore.disk.title", pointLabel)));
        if (!notice.isEmpty()) {
            add(new Paragraph(notice));
        }
        add(disks, new Paragraph(Messages.get(locale, "restore.disk.sizesToday")), new Div(back, next));
    }
}
