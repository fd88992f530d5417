package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryType;
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

    final RadioButtonGroup<RepositoryType> type = new RadioButtonGroup<>("Type");
    final TextField name = new TextField("Name");
    final TextField path = new TextField("Path on the hub");
    final TextField server = new TextField("Server");
    final TextField exportPath = new TextField("Export path");
    final TextField shareName = new TextField("Share name");
    final TextField mountPoint = new TextField("Mount point on the hub");
    final Select<String> nfsVersion = new Select<>();
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final TextField domain = new TextField("Domain");
    final TextField mountOptions = new TextField("Mount options");
    final Checkbox immutable = new Checkbox("Mark as immutable");
    final IntegerField minRetention = new IntegerField("Minimum retention");
    final Button test = new Button("Test connection");
    final Button create = new Button("Create repository");
    final Paragraph result = new Paragraph();
    private final RepositoryAdminService service;
    private final Created onCreated;
    private @Nullable RepositorySpec tested;

    RepositoryDialog(RepositoryAdminService service, Created onCreated) {
        this.service = service;
        this.onCreated = onCreated;
        setHeaderTitle("New repository");

        type.setItems(RepositoryType.LOCAL, RepositoryType.NFS, RepositoryType.CIFS);
        type.setItemLabelGenerator(t -> switch (t) {
            case LOCAL -> "Local folder";
            case NFS -> "NFS share";
            default -> "CIFS / SMB share";
        });
        type.setValue(RepositoryType.LOCAL);
        name.setId("repository-name");
        path.setId("repository-path");
        test.setId("repository-test");
        create.setId("repository-create");
        result.setId("repository-result");
        name.setRequired(true);
        name.setMaxLength(RepositoryAdminService.MAX_NAME_LENGTH);
        path.setPlaceholder("/var/lib/sendense/backups");
        path.setHelperText("Created if missing; the hub must be able to write to it.");
        nfsVersion.setLabel("NFS version");
        nfsVersion.setItems("4.1", "4", "3");
        nfsVersion.setValue("4.1");
        mountPoint.setPlaceholder("/mnt/sendense/repo");
        password.setHelperText("Sent to the hub only. The console never shows it again.");
        immutable.setTooltipText("The hub records the flag but does not enforce it.");
        minRetention.setMin(0);
        minRetention.setMax(RepositoryAdminService.MAX_RETENTION_DAYS);
        minRetention.setValue(0);
        minRetention.setSuffixComponent(new com.vaadin.flow.component.html.Span("days"));
        minRetention.setHelperText("Recorded by the hub, not enforced: backups can still be deleted earlier.");
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(false);
        create.setTooltipText("Test the connection first");
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
        getFooter().add(new Button("Cancel", e -> close()), test, create);
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
            f.setErrorMessage(empty ? "Required for this type" : null);
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
            show(check.summary(), !check.passed());
            tested = check.passed() ? spec : null;
            create.setEnabled(check.passed());
        } catch (HubException e) {
            show("The connection test could not be run. " + HubErrorMessages.explain(e), true);
        }
    }

    private void create() {
        RepositorySpec spec = spec();
        if (spec == null || !spec.equals(tested)) {
            untested();
            show("The values changed since the test. Test the connection again.", true);
            return;
        }
        Integer retention = minRetention.getValue();
        try {
            RepositoryCreation created = service.create(name.getValue(), spec, immutable.getValue(),
                    retention == null ? 0 : retention);
            close();
            onCreated.done(message(created), !created.listed() || !created.storageReadable());
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
        } catch (HubUnavailableException e) {
            show(e.outcomeUnknown()
                    ? "The hub did not answer in time. It may have created the repository anyway (an NFS or CIFS "
                            + "server that does not answer makes the hub wait 30 s for the mount): close this dialog "
                            + "and check the list before trying again."
                    : HubErrorMessages.explain(e), true);
        } catch (HubException e) {
            show("The hub did not create the repository. " + HubErrorMessages.explain(e), true);
        }
    }

    static String message(RepositoryCreation c) {
        String name = c.repository().name();
        if (!c.listed()) {
            return "The hub created " + name + " but does not list it. Reload the page; if it stays missing, check "
                    + "the hub's log.";
        }
        if (!c.storageReadable()) {
            return c.repository().type() == RepositoryType.LOCAL
                    ? "Created " + name + ", but the hub could not measure its space."
                    : "Created " + name + ", but the hub could not mount the share: it reports no storage. Check the "
                            + "server, export or share and the credentials, then use Refresh storage. Until it "
                            + "mounts, the hub retries the mount on every repository list, which slows it down.";
        }
        return "Created " + name + ".";
    }

    private void show(String text, boolean problem) {
        result.setText(text);
        result.setVisible(true);
        result.getElement().setAttribute("data-problem", String.valueOf(problem));
        result.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        result.addClassName(problem ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
    }
}
