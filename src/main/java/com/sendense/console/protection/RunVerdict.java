package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
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
        String text = StoredText.encode(
                Text.of("protection.runMessage.verdict", completed, (long) vms.size(), failed, notStarted, busy, gone));
        RunState state = completed == vms.size()
                ? RunState.SUCCEEDED
                : completed > 0 ? RunState.PARTLY_FAILED : RunState.FAILED;
        return java.util.Optional.of(new RunVerdict(state, text));
    }

    private static long count(List<RunVm> vms, VmOutcome outcome) {
        return vms.stream().filter(vm -> vm.outcome() == outcome).count();
    }
}
