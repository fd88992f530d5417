package com.sendense.hubsim.world;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The VMs of the demo site. Names, shapes and roles are fixed so tests and demo scripts can rely
 * on them; the seed varies ids, used space and history.
 */
final class Roster {

    static final String DC = "Domain controllers";
    static final String DB = "Databases";
    static final String TIER1 = "Tier 1";
    static final String WEB = "Web";
    static final String FILES = "File servers";
    static final String DEV = "Dev";

    /** Groups in id order: name, priority, enabled. */
    static final List<GroupTemplate> GROUPS = List.of(new GroupTemplate(DC, 100, true), new GroupTemplate(DB, 90, true),
            new GroupTemplate(TIER1, 200, false), new GroupTemplate(WEB, 50, true), new GroupTemplate(FILES, 70, true),
            new GroupTemplate(DEV, 10, true));

    record GroupTemplate(String name, int priority, boolean enabled) {}

    /**
     * @param lvmDataDisk index of a data disk that is LVM-only, or -1
     * @param credentialId null reproduces the hub's "VM context missing credential_id"
     */
    record VmTemplate(String name, String os, List<String> groups, List<Integer> diskGb, String power, int cpus,
            int memoryMb, String hardware, int lvmDataDisk, @Nullable Integer credentialId) {}

    static final String SPACED_VM = "web 01";
    static final String MARKUP_VM = "web \"quoted\" 01 – Zürich <test>";
    /** A large estate's naming scheme: exactly 120 characters. */
    static final String LONG_VM = "web-shop-checkout-prod-euw1-az-b-tomcat10-jdk21-blue-green-slot-b-owner-ecommerce-platform-team-costcentre-4711-pci-dss2";
    static final String UMLAUT_VM = "würth-db-01";
    static final List<String> HOSTILE_NAMES = List.of(MARKUP_VM, LONG_VM, SPACED_VM, UMLAUT_VM);

    static final List<VmTemplate> VMS = List.of(
            vm("dc01", "windows", List.of(DC), List.of(80), "poweredOn", 2, 4096, "vmx-19"),
            vm("dc02", "windows", List.of(DC), List.of(80), "poweredOn", 2, 4096, "vmx-19"),
            vm("sql-prod-01", "windows", List.of(DB, TIER1), List.of(120, 500, 250), "poweredOn", 8, 32768, "vmx-19"),
            vm("pg-prod-01", "linux", List.of(DB, TIER1), List.of(40, 400), "poweredOn", 4, 16384, "vmx-21"),
            vm("pg-replica-01", "linux", List.of(DB), List.of(40, 400), "poweredOn", 4, 16384, "vmx-21"),
            vm("web-01", "linux", List.of(WEB), List.of(30), "poweredOn", 2, 4096, "vmx-21"),
            vm("web-02", "linux", List.of(WEB), List.of(30, 20), "poweredOn", 2, 4096, "vmx-21"),
            vm("iis-intranet", "windows", List.of(WEB), List.of(60, 100), "poweredOn", 4, 8192, "vmx-19"),
            vm("fs01", "windows", List.of(FILES), List.of(100, 2048, 1024, 500), "poweredOn", 4, 8192, "vmx-19"),
            new VmTemplate("files-lnx-01", "linux", List.of(FILES), List.of(40, 1536), "poweredOn", 2, 8192, "vmx-21",
                    1, 35),
            vm("nas-diskstation", "linux", List.of(FILES), List.of(30, 200), "poweredOn", 2, 4096, "vmx-21"),
            vm("dev-build-01", "linux", List.of(DEV), List.of(50, 200), "poweredOn", 8, 16384, "vmx-21"),
            vm("jenkins-agent-02", "linux", List.of(DEV), List.of(40), "suspended", 4, 8192, "vmx-21"),
            vm("mail-relay", "linux", List.of(), List.of(20), "poweredOn", 1, 2048, "vmx-21"),
            vm("dev-win11-test", "windows", List.of(), List.of(64), "poweredOff", 2, 8192, "vmx-19"),
            new VmTemplate("print-srv01", "windows", List.of(), List.of(60), "poweredOn", 2, 4096, "vmx-19", -1, null),
            vm("migr-staging-01", "linux", List.of(), List.of(), "poweredOff", 2, 4096, "vmx-21"),
            // VMware allows any of these; the console must show and link them literally.
            vm(SPACED_VM, "linux", List.of(WEB), List.of(30), "poweredOn", 2, 4096, "vmx-21"),
            vm(MARKUP_VM, "linux", List.of(WEB), List.of(30, 20), "poweredOn", 2, 4096, "vmx-21"),
            vm(LONG_VM, "linux", List.of(WEB, TIER1), List.of(40), "poweredOn", 4, 8192, "vmx-21"),
            vm(UMLAUT_VM, "linux", List.of(DB), List.of(40, 200), "poweredOn", 4, 16384, "vmx-21"));

    static final String PROTECTED_VM = "sql-prod-01";
    static final String LINUX_VM = "pg-prod-01";
    static final String NO_CREDENTIAL_VM = "print-srv01";
    static final String NO_DISKS_VM = "migr-staging-01";
    static final String LVM_VM = "files-lnx-01";
    static final String DASHED_VM = "nas-diskstation";
    static final String STALE_VM = "web-02";
    static final String STUCK_VM = "dev-build-01";
    static final String RUNNING_VM = "fs01";
    static final List<String> NEVER_BACKED_UP = List.of("dev-win11-test", NO_CREDENTIAL_VM, NO_DISKS_VM);

    private Roster() {}

    private static VmTemplate vm(String name, String os, List<String> groups, List<Integer> diskGb, String power,
            int cpus, int memoryMb, String hardware) {
        return new VmTemplate(name, os, groups, diskGb, power, cpus, memoryMb, hardware, -1,
                name.startsWith("dc") ? 36 : 35);
    }
}
