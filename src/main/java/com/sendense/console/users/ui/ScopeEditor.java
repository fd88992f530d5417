package com.sendense.console.users.ui;

import com.sendense.console.base.i18n.Text;

import com.sendense.console.users.VmScope;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits a help-desk user's VM scope: add a VM name or glob pattern, remove one. Syntax is checked
 * on add. A preview of the matching VMs needs the VM inventory, which this feature does not own;
 * the lead can pass the hub's VM names in later.
 */
class ScopeEditor extends CustomField<List<String>> {

    final TextField patternField;
    final Button addButton;
    final Div patternList;

    private final List<String> patterns = new ArrayList<>();

    ScopeEditor() {
        // Create components
        patternField = new TextField();
        patternField.setPlaceholder(getTranslation("users.scopeEditor.placeholder"));
        patternField.setAriaLabel(getTranslation("users.scopeEditor.label"));
        patternField.setMaxLength(VmScope.MAX_PATTERN_LENGTH);
        addButton = new Button(getTranslation("users.scopeEditor.add"), VaadinIcon.PLUS.create());
        patternList = new Div();
        patternList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);

        // Add listeners
        addButton.addClickListener(e -> addPattern());
        patternField.addKeyPressListener(Key.ENTER, e -> addPattern());

        // Layout
        setLabel(getTranslation("users.scopeEditor.title"));
        setHelperText(getTranslation("users.scopeEditor.helper"));
        HorizontalLayout addRow = new HorizontalLayout(patternField, addButton);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setFlexGrow(1, patternField);
        addRow.setWidthFull();
        VerticalLayout content = new VerticalLayout(addRow, patternList);
        content.setPadding(false);
        content.setSpacing(false);
        content.addClassNames(LumoUtility.Gap.SMALL);
        add(content);
        renderPatterns();
    }

    private void addPattern() {
        String pattern = patternField.getValue().strip();
        Optional<Text> error = VmScope.checkPattern(pattern);
        if (error.isPresent()) {
            patternField.setInvalid(true);
            patternField.setErrorMessage(getTranslation(error.get().key(), error.get().args().toArray()));
            return;
        }
        patternField.setInvalid(false);
        patternField.clear();
        if (patterns.stream().noneMatch(pattern::equalsIgnoreCase)) {
            patterns.add(pattern);
            renderPatterns();
            updateValue();
        }
        patternField.focus();
    }

    private void removePattern(String pattern) {
        patterns.remove(pattern);
        renderPatterns();
        updateValue();
    }

    private void renderPatterns() {
        patternList.removeAll();
        if (patterns.isEmpty()) {
            Span none = new Span(getTranslation("users.scopeEditor.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            patternList.add(none);
            return;
        }
        for (String pattern : patterns) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removePattern(pattern));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("users.scopeEditor.remove", pattern));
            Span chip = new Span(new Span(pattern), remove);
            chip.addClassNames(LumoUtility.Display.INLINE_FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
                    LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.CONTRAST_10, LumoUtility.FontSize.SMALL);
            patternList.add(chip);
        }
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(patterns);
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        patterns.clear();
        if (value != null) {
            patterns.addAll(value);
        }
        renderPatterns();
    }
}
