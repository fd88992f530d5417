package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.console.users.VmScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Read only, for every signed-in role, over the VMs the user may see. */
@Service
public class DashboardService {

    private final HubClient hub;
    private final CurrentUser currentUser;
    private final RpoTargetRepository targets;
    private final StorageSampleRepository samples;
    private final DashboardProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    DashboardService(HubClient hub, CurrentUser currentUser, RpoTargetRepository targets,
            StorageSampleRepository samples, DashboardProperties properties, HubProperties hubProperties, Clock clock) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.targets = targets;
        this.samples = samples;
        this.properties = properties;
        this.zone = hubProperties.timeZone();
        this.clock = clock;
    }

    /** In the hub's zone: the default range ends on it. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /**
     * Reads the hub four times, in parallel. Unreadable repositories become a note.
     *
     * @throws com.sendense.console.hub.HubException when the inventory or the backups cannot be read
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Dashboard load(DashboardQuery query) {
        Instant now = clock.instant();
        VmScope scope = currentUser.vmScope();
        HubSnapshot hubData = HubSnapshot.read(hub);

        List<VmContext> visible = hubData.vms().stream().filter(vm -> scope.allows(vm.vmName())).toList();
        List<String> groups = visible.stream()
                .flatMap(vm -> vm.groups().stream())
                .map(VmGroup::name)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        List<VmContext> shown = query.group() == null
                ? visible
                : visible.stream()
                        .filter(vm -> vm.groups().stream().anyMatch(g -> g.name().equals(query.group())))
                        .toList();
        Set<String> shownNames = shown.stream().map(VmContext::vmName).collect(Collectors.toSet());
        // Without a group filter, backups of VMs that left the inventory still count per day.
        Predicate<Backup> counted = query.group() == null
                ? b -> scope.allows(b.vmName())
                : b -> shownNames.contains(b.vmName());
        List<Backup> completed = hubData.completed().stream().filter(counted).toList();
        List<Backup> failed = hubData.failed().stream().filter(counted).toList();

        var calculator = new PostureCalculator(properties, zone, now);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate stripEnd = query.to().isAfter(today) ? today : query.to();
        List<VmPosture> postures = calculator.postures(shown, completed, failed, RpoPolicy.of(targets.findAll()),
                stripEnd);
        var activity = new BackupActivity(query, zone);

        return new Dashboard(query, now, zone, PostureSummary.of(postures), postures, activity.daily(completed, failed),
                activity.failures(failed, calculator), repositories(hubData.repositories(), query, now),
                activity.storage(shownNames.stream().sorted().toList(), completed), groups, notes(shown, hubData),
                properties.unprotectedAfter());
    }

    private List<RepositoryStorage> repositories(List<Repository> repositories, DashboardQuery query, Instant now) {
        Instant rangeStart = query.from().atStartOfDay(zone).toInstant();
        Instant rangeEnd = query.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<StorageSample>> inRange = samples.between(rangeStart, rangeEnd);
        Map<String, List<StorageSample>> forForecast = samples.between(now.minus(properties.forecastWindow()),
                now.plusSeconds(1));
        return repositories.stream()
                .sorted(Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER))
                .map(r -> new RepositoryStorage(r.id(), r.name(), r.type(), r.storageInfo().orElse(null),
                        inRange.getOrDefault(r.id(), List.of()),
                        StorageForecaster.forecast(forForecast.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    private static List<Text> notes(List<VmContext> shown, HubSnapshot hubData) {
        List<Text> notes = new ArrayList<>();
        List<String> hidden = shown.stream().map(VmContext::vmName).filter(PostureCalculator::hiddenByHub).toList();
        if (!hidden.isEmpty()) {
            notes.add(Text.of("dashboard.note.hiddenVms", String.join(", ", hidden)));
        }
        if (hubData.repositoriesError() != null) {
            notes.add(Text.of("dashboard.note.storageUnread"));
        }
        hubData.repositories()
                .stream()
                .filter(r -> r.storageInfo().isEmpty())
                .forEach(r -> notes.add(Text.of("dashboard.note.repositoryUnread", r.name())));
        return notes;
    }
}
