package com.sendense.hubsim.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The active faults, in the order they were added; the first match wins and uses up one of its times. */
public final class FaultRegistry {

    private final List<Fault> faults = new ArrayList<>();
    private int nextId = 1;

    public synchronized int add(FaultSpec spec) {
        int id = nextId++;
        faults.add(new Fault(id, spec, spec.times()));
        return id;
    }

    public synchronized List<Fault> list() {
        return List.copyOf(faults);
    }

    public synchronized int clear() {
        int count = faults.size();
        faults.clear();
        return count;
    }

    public synchronized boolean remove(int id) {
        return faults.removeIf(f -> f.id() == id);
    }

    synchronized Optional<FaultSpec> take(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (!fault.spec().matches(method, path)) {
                continue;
            }
            if (fault.remaining() != null) {
                if (fault.remaining() <= 1) {
                    faults.remove(i);
                } else {
                    faults.set(i, new Fault(fault.id(), fault.spec(), fault.remaining() - 1));
                }
            }
            return Optional.of(fault.spec());
        }
        return Optional.empty();
    }
}
