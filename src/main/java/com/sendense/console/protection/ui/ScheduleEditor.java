package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.protection.InvalidScheduleException;
import com.sendense.console.protection.ScheduleChoice;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * When a flow runs, the four ways an operator says it: every day at, Monday to Friday at, every N
 * hours at a minute, or cron for experts. Shows the choice in words and its next five run times in
 * the hub's zone as it is typed, so a cron typo is seen before it is saved. The value is
 * {@code null} while the input does not make a schedule; {@link #problem()} says why.
 */
class ScheduleEditor extends CustomField<@Nullable ScheduleChoice> {

    enum Kind {

        DAILY, WEEKDAYS, EVERY_HOURS, CRON;

        /** German weekday names come from the JDK, as in the schedule's description. */
        String label(Locale locale) {
            return Messages.get(locale, "protection.scheduleEditor.kind." + name(),
                    DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, locale),
                    DayOfWeek.FRIDAY.getDisplayName(TextStyle.FULL, locale));
        }
    }

    static final int PREVIEW_COUNT = 5;

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final TimePicker at = new TimePicker(getTranslation("protection.scheduleEditor.time"));
    final Select<Integer> hours = new Select<>();
    final IntegerField minute = new IntegerField(getTranslation("protection.scheduleEditor.minute"));
    final TextField cron = new TextField(getTranslation("protection.scheduleEditor.cron"));
    final Span words = new Span();
    final UnorderedList nextRuns = new UnorderedList();
    final Paragraph zoneNote = new Paragraph();
    private final SerializableBiFunction<ScheduleChoice, Integer, List<ZonedDateTime>> preview;
    private final Locale locale;
    private String problem = "";

    ScheduleEditor(ZoneId hubZone, Locale locale,
            SerializableBiFunction<ScheduleChoice, Integer, List<ZonedDateTime>> preview) {
        this.preview = preview;
        this.locale = locale;

        // Create components
        setLabel(getTranslation("protection.flow.schedule"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k.label(locale));
        kind.setId("flow-schedule-kind");
        at.setStep(Duration.ofMinutes(15));
        at.setId("flow-schedule-time");
        hours.setLabel(getTranslation("protection.scheduleEditor.every"));
        hours.setItems(1, 2, 3, 4, 6, 8, 12);
        hours.setItemLabelGenerator(h -> getTranslation("protection.scheduleEditor.hours", h));
        minute.setMin(0);
        minute.setMax(59);
        minute.setStepButtonsVisible(true);
        cron.setId("flow-schedule-cron");
        cron.setPlaceholder("0 0 1 * * *");
        cron.setHelperText(getTranslation("protection.scheduleEditor.cronHelp"));
        cron.setWidthFull();
        words.setId("flow-schedule-words");
        nextRuns.setId("flow-schedule-next");
        nextRuns.addClassNames(FontSize.SMALL, Margin.Vertical.XSMALL);
        zoneNote.setText(getTranslation("protection.scheduleEditor.zoneNote", PREVIEW_COUNT, hubZone.getId()));
        zoneNote.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.NONE);

        // Add listeners
        kind.addValueChangeListener(e -> changed());
        at.addValueChangeListener(e -> changed());
        hours.addValueChangeListener(e -> changed());
        minute.addValueChangeListener(e -> changed());
        cron.addValueChangeListener(e -> changed());
        cron.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);

        // Layout
        var fields = new Div(at, hours, minute, cron);
        fields.addClassNames("flow-schedule-fields", Gap.SMALL);
        var previewBox = new Div(words, zoneNote, nextRuns);
        previewBox.addClassNames("flow-schedule-preview");
        add(new Div(kind, fields, previewBox));
        setPresentationValue(new ScheduleChoice.Daily(LocalTime.of(1, 0)));
        updateValue();
    }

    /** Why the input is not a schedule, in words; empty when it is one. */
    String problem() {
        return problem;
    }

    @Override
    protected @Nullable ScheduleChoice generateModelValue() {
        try {
            problem = "";
            return switch (kind.getValue() == null ? Kind.DAILY : kind.getValue()) {
                case DAILY -> at.getValue() == null
                        ? missing(getTranslation("protection.scheduleEditor.chooseTime"))
                        : new ScheduleChoice.Daily(at.getValue());
                case WEEKDAYS -> at.getValue() == null
                        ? missing(getTranslation("protection.scheduleEditor.chooseTime"))
                        : new ScheduleChoice.Weekdays(at.getValue());
                case EVERY_HOURS -> hours.getValue() == null || minute.getValue() == null
                        ? missing(getTranslation("protection.scheduleEditor.chooseHours"))
                        : new ScheduleChoice.EveryHours(hours.getValue(), minute.getValue());
                // Read back as the simplest choice, so "0 30 1 * * *" is said as "every day at 01:30".
                case CRON -> ScheduleChoice.fromCron(cron.getValue());
            };
        } catch (InvalidScheduleException e) {
            return missing(Messages.get(locale, e.text()));
        }
    }

    private @Nullable ScheduleChoice missing(String why) {
        problem = why;
        return null;
    }

    @Override
    protected void setPresentationValue(@Nullable ScheduleChoice choice) {
        switch (choice) {
            case null -> kind.setValue(Kind.DAILY);
            case ScheduleChoice.Daily d -> {
                kind.setValue(Kind.DAILY);
                at.setValue(d.at());
            }
            case ScheduleChoice.Weekdays w -> {
                kind.setValue(Kind.WEEKDAYS);
                at.setValue(w.at());
            }
            case ScheduleChoice.EveryHours h -> {
                kind.setValue(Kind.EVERY_HOURS);
                hours.setValue(h.hours());
                minute.setValue(h.minute());
            }
            case ScheduleChoice.Custom c -> {
                kind.setValue(Kind.CRON);
                cron.setValue(c.expression());
            }
        }
        showFields();
    }

    private void changed() {
        showFields();
        updateValue();
        showPreview();
    }

    private void showFields() {
        Kind k = kind.getValue() == null ? Kind.DAILY : kind.getValue();
        at.setVisible(k == Kind.DAILY || k == Kind.WEEKDAYS);
        hours.setVisible(k == Kind.EVERY_HOURS);
        minute.setVisible(k == Kind.EVERY_HOURS);
        cron.setVisible(k == Kind.CRON);
        if (k == Kind.EVERY_HOURS && hours.isEmpty()) {
            hours.setValue(1);
        }
        if (k == Kind.EVERY_HOURS && minute.isEmpty()) {
            minute.setValue(0);
        }
        if (k == Kind.CRON && cron.isEmpty() && getValue() != null) {
            cron.setValue(getValue().cron());
        }
    }

    private void showPreview() {
        nextRuns.removeAll();
        ScheduleChoice choice = getValue();
        if (choice == null) {
            words.setText(problem);
            words.getElement().setAttribute("data-problem", true);
            zoneNote.setVisible(false);
            return;
        }
        words.setText(getTranslation("protection.scheduleEditor.runs", choice.describe(locale)));
        words.getElement().removeAttribute("data-problem");
        zoneNote.setVisible(true);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale);
        List<ZonedDateTime> times = preview.apply(choice, PREVIEW_COUNT);
        if (times.isEmpty()) {
            nextRuns.add(new ListItem(getTranslation("protection.scheduleEditor.never")));
        }
        times.forEach(t -> nextRuns.add(new ListItem(t.format(format))));
    }
}
