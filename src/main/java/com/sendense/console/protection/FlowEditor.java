package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.FlowChanges;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.ScheduleDraft;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes flows to the hub. The hub checks neither target nor repository, so the console does; a
 * schedule is a hub schedule with the same cron, reused, or a new one named by its words (never one
 * attached to a machine group: the hub then starts replication for the group's members).
 */
@Component
class FlowEditor {

    static final int MAX_NAME = 255;

    private final HubClient hub;
    private final HubZone zone;

    FlowEditor(HubClient hub, HubZone zone) {
        this.hub = hub;
        this.zone = zone;
    }

    ProtectionFlow create(FlowForm form) {
        check(form);
        try {
            String scheduleId = scheduleFor(form.schedule());
            return hub.createFlow(new FlowDraft(form.name().strip(), blankToNull(form.description()), form.targetType(),
                    form.targetId(), form.repositoryId(), null, scheduleId, form.enabled()));
        } catch (HubException e) {
            throw FlowErrors.words(e, form.name().strip());
        }
    }

    ProtectionFlow update(String flowId, FlowForm form) {
        check(form);
        try {
            ProtectionFlow current = hub.flow(flowId);
            if (current.targetType() != form.targetType() || !current.targetId().equals(form.targetId())) {
                throw new FlowValidationException(Text.of("protection.flowError.target"));
            }
            String name = form.name().strip();
            String description = form.description() == null ? "" : form.description().strip();
            String scheduleId = sameCron(current.scheduleCron(), form.schedule().cron())
                    ? null
                    : scheduleFor(form.schedule());
            FlowChanges changes = new FlowChanges(name.equals(current.name()) ? null : name,
                    description.equals(Objects.requireNonNullElse(current.description(), "")) ? null : description,
                    form.repositoryId().equals(current.repositoryId()) ? null : form.repositoryId(), null, scheduleId,
                    form.enabled() == current.enabled() ? null : form.enabled());
            return hub.updateFlow(flowId, changes);
        } catch (HubException e) {
            throw FlowErrors.words(e, form.name().strip());
        }
    }

    void delete(String flowId) {
        try {
            hub.deleteFlow(flowId);
        } catch (HubException e) {
            if (e.code() != HubErrorCode.FLOW_NOT_FOUND) {
                throw FlowErrors.words(e, flowId);
            }
            // Gone already (another user, a double click): what was asked for is true.
        }
    }

    BulkOutcome setEnabled(Collection<String> ids, boolean enabled) {
        List<String> list = List.copyOf(ids);
        if (list.isEmpty()) {
            return new BulkOutcome(0, 0, List.of());
        }
        try {
            return outcome(enabled ? hub.bulkEnableFlows(list) : hub.bulkDisableFlows(list));
        } catch (HubException e) {
            throw FlowErrors.words(e, "");
        }
    }

    BulkOutcome delete(Collection<String> ids) {
        List<String> list = List.copyOf(ids);
        if (list.isEmpty()) {
            return new BulkOutcome(0, 0, List.of());
        }
        try {
            return outcome(hub.bulkDeleteFlows(list));
        } catch (HubException e) {
            throw FlowErrors.words(e, "");
        }
    }

    private static BulkOutcome outcome(BulkFlowResult result) {
        List<Text> failures = result.errors().isEmpty() && result.failed() > 0
                ? List.of(Text.of("protection.flowError.bulkNoReason", result.failed()))
                : result.errors().stream().map(FlowEditor::bulkError).toList();
        return new BulkOutcome(result.requested(), result.successful(), failures);
    }

    /** The hub's "Failed to delete flow ID: flow not found: ID" as a sentence; anything else as the hub said it. */
    private static Text bulkError(String error) {
        var m = java.util.regex.Pattern.compile("Failed to (\\w+) flow (\\S+): flow not found.*").matcher(error);
        return m.matches()
                ? Text.of("protection.flowError.bulkGone", m.group(2))
                : Text.of("protection.flowError.hubSaid", error);
    }

    private void check(FlowForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new FlowValidationException(Text.of("protection.flowError.noName"));
        }
        if (name.length() > MAX_NAME) {
            throw new FlowValidationException(Text.of("protection.flowError.nameLength", name.length(), MAX_NAME));
        }
        if (form.targetType() == FlowTargetType.UNKNOWN || form.targetId() == null || form.targetId().isBlank()) {
            throw new FlowValidationException(Text.of("protection.flowError.noTarget"));
        }
        if (form.repositoryId() == null || form.repositoryId().isBlank()) {
            throw new FlowValidationException(Text.of("protection.flowError.noRepository"));
        }
        form.schedule().schedule();
        try {
            boolean targetKnown = form.targetType() == FlowTargetType.VM
                    ? hub.vms().stream().anyMatch(vm -> vm.contextId().equals(form.targetId()))
                    : hub.machineGroups().stream().anyMatch(g -> g.id().equals(form.targetId()));
            if (!targetKnown) {
                throw new FlowValidationException(form.targetType() == FlowTargetType.VM
                        ? Text.of("protection.flowError.vmGone")
                        : Text.of("protection.flowError.groupGone"));
            }
            if (hub.repositories().stream().noneMatch(r -> r.id().equals(form.repositoryId()))) {
                throw new FlowValidationException(Text.of("protection.flowError.unknownRepository"));
            }
        } catch (HubException e) {
            throw FlowErrors.words(e, name);
        }
    }

    private String scheduleFor(ScheduleChoice choice) {
        String cron = choice.cron();
        List<HubSchedule> schedules = hub.schedules();
        Optional<HubSchedule> same = schedules.stream().filter(s -> sameCron(s.cron(), cron)).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        String words = choice.describe();
        String name = schedules.stream().anyMatch(s -> s.name().equals(words)) ? words + " (" + cron + ")" : words;
        return hub
                .createSchedule(new ScheduleDraft(name, "Created by Sendense Console for protection flows", cron,
                        zone.zone().getId()))
                .id();
    }

    private static boolean sameCron(@Nullable String a, String b) {
        return a != null && a.trim().replaceAll("\\s+", " ").equals(b.trim().replaceAll("\\s+", " "));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
