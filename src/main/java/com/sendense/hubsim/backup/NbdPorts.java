package com.sendense.hubsim.backup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hub's {@code NBDPortAllocator}: ports 10100–10200, lowest free first, held by a backup until
 * its qemu-nbd processes stop. Orphaned backups never give theirs back, as on the real hub.
 */
public final class NbdPorts {

    static final int FIRST = 10100;
    static final int LAST = 10200;

    private final BitSet used = new BitSet();
    private final Map<String, List<Integer>> byBackup = new HashMap<>();

    /** Allocates {@code count} ports for a backup, or empty when the range is exhausted. */
    public synchronized Optional<List<Integer>> allocate(String backupId, int count) {
        List<Integer> ports = new ArrayList<>();
        for (int port = FIRST; port <= LAST && ports.size() < count; port++) {
            if (!used.get(port - FIRST)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            return Optional.empty();
        }
        ports.forEach(p -> used.set(p - FIRST));
        byBackup.computeIfAbsent(backupId, k -> new ArrayList<>()).addAll(ports);
        return Optional.of(ports);
    }

    public synchronized void release(String backupId) {
        List<Integer> ports = byBackup.remove(backupId);
        if (ports != null) {
            ports.forEach(p -> used.clear(p - FIRST));
        }
    }
}
