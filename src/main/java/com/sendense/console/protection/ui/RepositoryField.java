package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Repository;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The repository a flow backs up to, by name with its free space, as the backup wizard shows it (its
 * step is bound to one VM's size, so it is not reused here). A flow's repository that the hub no
 * longer lists is named, not silently replaced.
 */
class RepositoryField extends Select<Repository> {

    final Paragraph storage = new Paragraph();
    private final Locale locale;
    private @Nullable String missing;

    RepositoryField(Locale locale) {
        this.locale = locale;
        setLabel(getTranslation("protection.flow.repository"));
        setItemLabelGenerator(Repository::name);
        setRenderer(new ComponentRenderer<>(this::item));
        setWidthFull();
        storage.setId("flow-storage");
        storage.addClassNames(FontSize.SMALL);
        addValueChangeListener(e -> describe(e.getValue()));
    }

    /** Selects the flow's repository by id, or says that the hub no longer lists it. */
    void select(@Nullable String id, @Nullable String name) {
        getListDataView().getItems().filter(r -> r.id().equals(id)).findFirst().ifPresentOrElse(this::setValue, () -> {
            if (id != null) {
                missing = getTranslation("protection.repositoryField.missing", name == null ? id : name);
                storage.setText(missing);
                storage.addClassNames("notice", "notice-warning");
            }
        });
    }

    private void describe(@Nullable Repository repo) {
        storage.removeClassNames("notice", "notice-warning");
        storage.setText(repo == null ? (missing == null ? "" : missing) : storageText(repo));
    }

    String storageText(Repository repo) {
        return repo.storageInfo()
                .map(s -> getTranslation("protection.repositoryField.free",
                        Formatters.bytes(s.availableBytes(), locale), Formatters.bytes(s.totalBytes(), locale),
                        String.format(locale, "%.0f", s.usedPercent())))
                .orElse(getTranslation("protection.repositoryField.unmeasured"));
    }

    private Div item(Repository repo) {
        var name = new Span(repo.name());
        var detail = new Span(repo.storageInfo()
                .map(s -> getTranslation("protection.repositoryField.freeShort",
                        Formatters.bytes(s.availableBytes(), locale), String.format(locale, "%.0f", s.usedPercent())))
                .orElse(getTranslation("protection.repositoryField.freeUnknown")));
        detail.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var item = new Div(name, detail);
        item.addClassNames(Display.FLEX, "flex-col");
        return item;
    }
}
