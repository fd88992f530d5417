package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.protection.Explained;
import com.sendense.console.protection.RepositoryAdminService;
import com.sendense.console.protection.RepositoryConnectionCheck;
import com.sendense.console.protection.RepositoryCreation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A new local, NFS or CIFS repository. The connection test comes first and must pass for the values
 * as they are now; what it checked is said plainly, because for NFS and CIFS the hub checks nothing
 * but the fields. The CIFS password goes from its field to the hub and nowhere else.
 */
class RepositoryDialog extends Dialog {

    /** Told to the page after a create: the message and whether it is a problem. */
    interface Created extends Serializable {

        void done(String message, boolean problem);
    }

    final RadioButtonGroup<RepositoryType> type = new RadioButtonGroup<>(getTranslation("protection.runs.col.type"));
    final TextField name = new TextField(getTranslation("protection.groups.col.name"));
    final TextField path = new TextField(getTranslation("protection.repositoryDialog.path"));
    final TextField server = new TextField(getTranslation("protection.repositoryDialog.server"));
    final TextField exportPath = new TextField(getTranslation("protection.repositoryDialog.exportPath"));
    final TextField shareName = new TextField(getTranslation("protection.repositoryDialog.shareName"));
    final TextField mountPoint = new TextField(getTranslation("protection.repositoryDialog.mountPoint"));
    final Select<String> nfsVersion = new Select<>();
    final TextField username = new TextField(getTranslation("protection.repositoryDialog.username"));
    final PasswordField password = new PasswordField(getTranslation("protection.repositoryDialog.password"));
    final TextField domain = new TextField(getTranslation("protection.repositoryDialog.domain"));
    final TextField mountOptions = new TextField(getTranslation("protection.repositoryDialog.mountOptions"));
    final Checkbox immutable = new Checkbox(getTranslation("protection.repositoryDialog.immutable"));
    final IntegerField minRetention = new IntegerField(getTranslation("protection.repositoryDialog.minRetention"));
    final Button test = new Button(getTranslation("protection.repositoryDialog.test"));
    final Button create = new Button(getTranslation("protection.repositoryDialog.create"));
    final Paragraph result = new Paragraph();
    private final RepositoryAdminService service;
    private final Created onCreated;
    private @Nullable RepositorySpec tested;

    RepositoryDialog(RepositoryAdminService service, Created onCreated) {
        this.service = service;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("protection.repositories.new"));

        type.setItems(RepositoryType.LOCAL, RepositoryType.NFS, RepositoryType.CIFS);
        type.setItemLabelGenerator(t -> getTranslation(switch (t) {
            case LOCAL -> "protection.repositoryDialog.local";
            case NFS -> "protection.repositoryDialog.nfs";
            default -> "protection.repositoryDialog.cifs";
        }));
        type.setValue(RepositoryType.LOCAL);
        name.setId("repository-name");
        path.setId("repository-path");
        test.setId("repository-test");
        create.setId("repository-create");
        result.setId("repository-result");
        name.setRequired(true);
        name.setMaxLength(RepositoryAdminService.MAX_NAME_LENGTH);
        path.setPlaceholder("/var/lib/sendense/backups"); // i18n: not text (an example path)
        path.setHelperText(getTranslation("protection.repositoryDialog.pathHelp"));
        nfsVersion.setLabel(getTranslation("protection.repositoryDialog.nfsVersion"));
        nfsVersion.setItems("4.1", "4", "3");
        nfsVersion.setValue("4.1");
        mountPoint.setPlaceholder("/mnt/sendense/repo"); // i18n: not text (an example path)
        password.setHelperText(getTranslation("protection.repositoryDialog.passwordHelp"));
        immutable.setTooltipText(getTranslation("protection.repositoryDialog.immutableTip"));
        minRetention.setMin(0);
        minRetention.setMax(RepositoryAdminService.MAX_RETENTION_DAYS);
        minRetention.setValue(0);
        minRetention.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(getTranslation("protection.repositoryDialog.days")));
        minRetention.setHelperText(getTranslation("protection.repositoryDialog.minRetentionHelp"));
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(false);
        create.setTooltipText(getTranslation("protection.repositoryDialog.testFirst"));
        result.setVisible(false);

        type.addValueChangeListener(e -> typeChanged());
        fields().forEach(f -> f.addValueChangeListener(e -> untested()));
        test.addClickListener(e -> test());
        create.addClickListener(e -> create());

        var form = new FormLayout(type, name, path, server, exportPath, shareName, mountPoint, nfsVersion, username,
                password, domain, mountOptions, immutable, minRetention);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(type, 2);
        add(form, result);
        getFooter().add(new Button(getTranslation("protection.cancel"), e -> close()), test, create);
        setWidth("44rem");
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                password.clear();
            }
        });
        typeChanged();
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(name, path, server, exportPath, shareName, mountPoint, nfsVersion, username, password, domain,
                mountOptions);
    }

    private void typeChanged() {
        RepositoryType t = type.getValue();
        path.setVisible(t == RepositoryType.LOCAL);
        Stream.of(server, mountPoint, mountOptions).forEach(f -> f.setVisible(t != RepositoryType.LOCAL));
        exportPath.setVisible(t == RepositoryType.NFS);
        nfsVersion.setVisible(t == RepositoryType.NFS);
        Stream.of(shareName, username, domain).forEach(f -> f.setVisible(t == RepositoryType.CIFS));
        password.setVisible(t == RepositoryType.CIFS);
        untested();
    }

    private void untested() {
        tested = null;
        create.setEnabled(false);
    }

    /** Null with the first empty required field marked. */
    @Nullable
    RepositorySpec spec() {
        List<TextField> required = switch (type.getValue()) {
            case LOCAL -> List.of(path);
            case NFS -> List.of(server, exportPath, mountPoint);
            default -> List.of(server, shareName, mountPoint);
        };
        boolean missing = false;
        for (TextField f : required) {
            boolean empty = f.getValue().isBlank();
            f.setInvalid(empty);
            f.setErrorMessage(empty ? getTranslation("protection.repositoryDialog.required") : null);
            missing |= empty;
        }
        if (missing) {
            return null;
        }
        return switch (type.getValue()) {
            case LOCAL -> new RepositorySpec.Local(path.getValue().strip());
            case NFS -> new RepositorySpec.Nfs(server.getValue().strip(), exportPath.getValue().strip(),
                    mountPoint.getValue().strip(), Objects.requireNonNullElse(nfsVersion.getValue(), "4.1"),
                    mountOptions.getValue().strip());
            default -> new RepositorySpec.Cifs(server.getValue().strip(), shareName.getValue().strip(),
                    mountPoint.getValue().strip(), username.getValue().strip(), password.getValue(),
                    domain.getValue().strip(), mountOptions.getValue().strip());
        };
    }

    private void test() {
        RepositorySpec spec = spec();
        if (spec == null) {
            return;
        }
        try {
            RepositoryConnectionCheck check = service.test(spec);
            show(Messages.get(getLocale(), check.summary()), !check.passed());
            tested = check.passed() ? spec : null;
            create.setEnabled(check.passed());
        } catch (HubException e) {
            show(getTranslation("protection.repositoryDialog.testFailed", HubErrorMessages.explain(e)), true);
        }
    }

    private void create() {
        RepositorySpec spec = spec();
        if (spec == null || !spec.equals(tested)) {
            untested();
            show(getTranslation("protection.repositoryDialog.changed"), true);
            return;
        }
        Integer retention = minRetention.getValue();
        try {
            RepositoryCreation created = service.create(name.getValue(), spec, immutable.getValue(),
                    retention == null ? 0 : retention);
            close();
            onCreated.done(message(created), !created.listed() || !created.storageReadable());
        } catch (IllegalArgumentException e) {
            show(e instanceof Explained x ? Messages.get(getLocale(), x.text()) : e.getMessage(), true);
        } catch (HubUnavailableException e) {
            show(e.outcomeUnknown()
                    ? getTranslation("protection.repositoryDialog.maybeCreated")
                    : HubErrorMessages.explain(e), true);
        } catch (HubException e) {
            show(getTranslation("protection.repositoryDialog.notCreated", HubErrorMessages.explain(e)), true);
        }
    }

    String message(RepositoryCreation c) {
        String name = c.repository().name();
        if (!c.listed()) {
            return getTranslation("protection.repositoryDialog.notListed", name);
        }
        if (!c.storageReadable()) {
            return getTranslation(c.repository().type() == RepositoryType.LOCAL
                    ? "protection.repositoryDialog.createdUnmeasured"
                    : "protection.repositoryDialog.createdUnmounted", name);
        }
        return getTranslation("protection.repositoryDialog.created", name);
    }

    private void show(String text, boolean problem) {
        result.setText(text);
        result.setVisible(true);
        result.getElement().setAttribute("data-problem", String.valueOf(problem));
        result.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        result.addClassName(problem ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
    }
}
