package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.AddVmsResult;
import com.sendense.console.hub.Discovery;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.protection.DiscoverAddResult.Line;
import com.sendense.console.protection.DiscoverAddResult.Outcome;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * "Discover VMs": list a vCenter's VMs through the hub and add the chosen ones with {@code add-vms} (never
 * {@code bulk-add}, whose VMs lack the credential backups need). Both are synchronous on the hub and can
 * take longer than its 15 s write timeout, so they run in the background; an add whose answer was cut off
 * is judged from the VM list, never sent again.
 */
@Service
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class DiscoveryService {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryService.class);

    private final HubClient hub;
    private final Executor executor;

    DiscoveryService(HubClient hub, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.hub = hub;
        this.executor = executor;
    }

    /** Every credential, the default first, so the dialog can preselect it. */
    public List<VmwareCredential> credentials() {
        return hub.vmwareCredentials()
                .stream()
                .sorted((a, b) -> a.isDefault() != b.isDefault()
                        ? (a.isDefault() ? -1 : 1)
                        : String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
                .toList();
    }

    /** Changes nothing on the hub; fails with {@link HubUnavailableException} when the hub cuts it at 15 s. */
    public CompletableFuture<Discovery> discover(int credentialId, String nameFilter) {
        String filter = nameFilter.strip();
        return inBackground(() -> hub.discoverVms(credentialId, filter));
    }

    public CompletableFuture<DiscoverAddResult> add(int credentialId, List<String> vmNames) {
        if (vmNames.isEmpty()) {
            throw new InvalidInputException(Text.of("protection.discover.noneChosen"));
        }
        List<String> names = vmNames.stream().distinct().toList();
        return inBackground(() -> addNow(credentialId, names));
    }

    private DiscoverAddResult addNow(int credentialId, List<String> names) {
        Set<String> before = contextNames();
        AddVmsResult answer;
        try {
            answer = hub.addVms(credentialId, names);
        } catch (HubUnavailableException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            log.warn("The hub's answer to add-vms was cut off; reading the VM list instead: {}", e.getMessage());
            try {
                return afterCut(names, before);
            } catch (HubException reread) {
                e.addSuppressed(reread);
                throw e;
            }
        }
        Set<String> after = contextNamesOr(Set.of());
        List<Line> lines = new ArrayList<>();
        for (String name : names) {
            if (answer.added().containsKey(name)) {
                lines.add(new Line(name, Outcome.ADDED, ""));
            } else if (answer.failed().containsKey(name)) {
                lines.add(new Line(name, Outcome.FAILED, answer.failed().get(name)));
            } else if (before.contains(name) || after.contains(name)) {
                lines.add(new Line(name, Outcome.ALREADY_EXISTED, ""));
            } else {
                lines.add(new Line(name, Outcome.NOT_REPORTED, ""));
            }
        }
        return new DiscoverAddResult(lines, false);
    }

    /** The hub goes on after its write timeout, so a VM missing from the list now may still appear. */
    private DiscoverAddResult afterCut(List<String> names, Set<String> before) {
        Set<String> after = contextNames();
        List<Line> lines = names.stream().map(name -> {
            if (before.contains(name)) {
                return new Line(name, Outcome.ALREADY_EXISTED, "");
            }
            return new Line(name, after.contains(name) ? Outcome.ADDED : Outcome.UNCONFIRMED, "");
        }).toList();
        return new DiscoverAddResult(lines, true);
    }

    private Set<String> contextNames() {
        return hub.vms().stream().map(VmContext::vmName).collect(Collectors.toUnmodifiableSet());
    }

    private Set<String> contextNamesOr(Set<String> fallback) {
        try {
            return contextNames();
        } catch (HubException e) {
            log.debug("Could not re-read the VM list after add-vms: {}", e.getMessage());
            return fallback;
        }
    }

    private <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        // The worker thread has no Vaadin session, so it gets the caller's security context explicitly.
        var context = SecurityContextHolder.getContext();
        var future = new CompletableFuture<T>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, context));
        return future;
    }
}
