package com.sendense.console.protection;

import java.util.List;

/** How a run ends, judged from its VMs: never from a start that merely returned. */
record RunVerdict(RunState state, String message) {

    /** Empty while a VM is still being started or backed up. */
    static java.util.Optional<RunVerdict> of(List<RunVm> vms) {
        if (vms.isEmpty() || vms.stream().anyMatch(vm -> !vm.outcome().finished())) {
            return java.util.Optional.empty();
        }
        long completed = vms.stream().filter(vm -> vm.outcome() == VmOutcome.COMPLETED).count();
        long failed = count(vms, VmOutcome.FAILED);
        long notStarted = count(vms, VmOutcome.START_FAILED);
        long busy = count(vms, VmOutcome.SKIPPED_ALREADY_RUNNING);
        long gone = count(vms, VmOutcome.SKIPPED_NOT_FOUND);
        StringBuilder text = new StringBuilder().append(completed)
                .append(" of ")
                .append(vms.size())
                .append(vms.size() == 1 ? " backup" : " backups")
                .append(" completed");
        append(text, failed, "failed");
        append(text, notStarted, "did not start");
        append(text, busy, "skipped (already being backed up)");
        append(text, gone, "skipped (VM no longer on the hub)");
        text.append('.');
        RunState state = completed == vms.size()
                ? RunState.SUCCEEDED
                : completed > 0 ? RunState.PARTLY_FAILED : RunState.FAILED;
        return java.util.Optional.of(new RunVerdict(state, text.toString()));
    }

    private static long count(List<RunVm> vms, VmOutcome outcome) {
        return vms.stream().filter(vm -> vm.outcome() == outcome).count();
    }

    private static void append(StringBuilder text, long n, String what) {
        if (n > 0) {
            text.append(", ").append(n).append(' ').append(what);
        }
    }
}
