package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.gen.Tzif;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ubuntu 24.04 server disk in the cloud-image layout: the root file system is partition 1,
 * followed by the 4 MiB BIOS boot partition (no file system), the EFI system partition and
 * {@code /boot}. The hub therefore shows root, UEFI and BOOT as partitions 1, 2 and 3.
 */
final class LinuxSystemLayout {

    private static final long MIB = 1024 * 1024;
    private static final String KERNEL = "6.8.0-45-generic";

    private LinuxSystemLayout() {}

    static List<Partition> partitions(TreeContext context, long diskBytes, String hostname) {
        Prng prng = new Prng(context.seed());
        List<Person> people = People.pick(prng, prng.between(2, 4));
        TreeContext ext4 = context.with(FsKind.EXT4);
        long root = Math.max(2048 * MIB, diskBytes - 1024 * MIB - 4 * MIB);
        return List.of(
                new Partition("p1", root, "ext4", "cloudimg-rootfs",
                        WindowsSystemLayout.root(ext4, "root", s -> rootFs(s, hostname, people))),
                new Partition("p14", 4 * MIB, "", "", null),
                new Partition("p15", 106 * MIB, "vfat", "UEFI",
                        WindowsSystemLayout.root(context.with(FsKind.VFAT), "efi", LinuxSystemLayout::efi)),
                new Partition("p16", 913 * MIB, "ext4", "BOOT",
                        WindowsSystemLayout.root(ext4, "boot", LinuxSystemLayout::boot)));
    }

    /**
     * Links an admin left behind, the kind the hub follows out of the mount: {@code x} and
     * {@code hostname} are absolute, so on the hub they resolve against the hub host's root;
     * {@code up} climbs out of the partition into {@code /mnt/sendense/restore}, where other users'
     * mounts live. {@code www} and {@code welcome.html} stay inside the partition.
     */
    private static List<Node> srv(Scope s) {
        return List.of(s.empty("data", Age.OLD), s.link("hostname", Age.MONTHS, "/etc/hostname"),
                s.link("up", Age.MONTHS, "../../.."),
                s.link("welcome.html", Age.MONTHS, "../var/www/html/index.nginx-debian.html"),
                s.link("www", Age.MONTHS, "../var/www"), s.link("x", Age.MONTHS, "/"));
    }

    private static List<Node> rootFs(Scope s, String hostname, List<Person> people) {
        ZoneId zone = s.context().zone();
        return List.of(s.link("bin", Age.INSTALL, "usr/bin"),
                s.dir("boot", Age.INSTALL, b -> List.of(b.empty("efi", Age.INSTALL))), s.empty("dev", Age.INSTALL),
                s.dir("etc", Age.RECENT, e -> LinuxEtc.etc(e, hostname, people)),
                s.dir("home", Age.MONTHS, h -> homes(h, people)), s.link("lib", Age.INSTALL, "usr/lib"),
                s.link("lib64", Age.INSTALL, "usr/lib64"), s.dir("lost+found", Age.INSTALL, 0700, l -> List.of()),
                s.empty("media", Age.INSTALL), s.empty("mnt", Age.INSTALL), s.empty("opt", Age.INSTALL),
                s.empty("proc", Age.INSTALL),
                s.dir("root", Age.MONTHS, 0700, r -> List.of(r.text(".bashrc", Age.INSTALL,
                        () -> "# ~/.bashrc: executed by bash(1) for non-login shells.\n[ -z \"$PS1\" ] && return\nHISTCONTROL=ignoreboth\n"),
                        r.text(".profile", Age.INSTALL,
                                () -> "# ~/.profile: executed by Bourne-compatible login shells.\nif [ \"$BASH\" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n"),
                        r.dir(".ssh", Age.INSTALL, 0700,
                                d -> List.of(d.text("authorized_keys", Age.INSTALL, 0600, () -> ""))))),
                s.empty("run", Age.INSTALL), s.link("sbin", Age.INSTALL, "usr/sbin"),
                s.dir("srv", Age.OLD, LinuxSystemLayout::srv),
                s.file("swap.img", Age.BOOT, 0600, Contents.sparse(2_147_483_648L, s.seed("swap"), new byte[0], 0.05)),
                s.empty("sys", Age.INSTALL),
                s.dir("tmp", Age.TODAY, 01777,
                        t -> List.of(t.binary("systemd-private-3f2a9c1b-nginx.service", Age.BOOT, 0, ""))),
                s.dir("usr", Age.MONTHS, LinuxSystemLayout::usr),
                s.dir("var", Age.RECENT, v -> List.of(v.empty("backups", Age.RECENT), v.empty("cache", Age.RECENT),
                        v.dir("lib", Age.RECENT, l -> List.of(l.dir("postgresql", Age.OLD, 0755, p -> List.of(p.dir(
                                "16", Age.OLD, 0755,
                                x -> List.of(x.dir("main", Age.TODAY, 0700, m -> List.of(
                                        m.text("PG_VERSION", Age.OLD, 0600, () -> "16\n"),
                                        m.dir("base", Age.TODAY, 0700,
                                                b -> List.of(b.dir("16384", Age.TODAY, 0700,
                                                        db -> List.of(db.binary("1259", Age.TODAY, 0600, 114_688, ""),
                                                                db.binary("16385", Age.TODAY, 0600, 536_870_912,
                                                                        ""),
                                                                db.binary("16392", Age.TODAY, 0600, 88_080_384, ""))))),
                                        m.text("postmaster.pid", Age.BOOT, 0600,
                                                () -> "1042\n/var/lib/postgresql/16/main\n1728456123\n5432\n/var/run/postgresql\n*\n"))))))))),
                        v.dir("log", Age.TODAY, 0775,
                                g -> LinuxLogs.varLog(g, hostname, people, s.context().capturedAt(), zone)),
                        v.dir("tmp", Age.TODAY, 01777, t -> List.of()),
                        v.dir("www", Age.MONTHS, w -> List.of(w.dir("html", Age.INSTALL, h -> List.of(h.text(
                                "index.nginx-debian.html", Age.INSTALL,
                                () -> "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n"))),
                                w.dir("shop", Age.RECENT, sh -> List.of(
                                        sh.text("requirements.txt", Age.MONTHS,
                                                () -> "Django==5.1.1\ngunicorn==23.0.0\npsycopg[binary]==3.2.3\n"),
                                        sh.dir("static", Age.RECENT, st -> List.of(Docs.of(st, "logo.png", Age.OLD, ""),
                                                st.text("site.css", Age.RECENT,
                                                        () -> "body { font-family: system-ui, sans-serif; margin: 0; }\n.header { background: #1e3a5f; color: #fff; }\n"))))))))),
                s.link("vmlinuz", Age.MONTHS, "boot/vmlinuz-" + KERNEL));
    }

    private static List<Node> usr(Scope s) {
        String elf = "\u007fELF\u0002\u0001\u0001\0\0\0\0\0\0\0\0\0\u0003\0>\0";
        return List.of(s.dir("bin", Age.MONTHS, b -> List.of(b.binary("bash", Age.MONTHS, 0755, 1_446_024, elf),
                b.binary("ls", Age.OLD, 0755, 138_216, elf), b.binary("python3.12", Age.MONTHS, 0755, 8_021_824, elf),
                b.link("python3", Age.MONTHS, "python3.12"), b.binary("psql", Age.MONTHS, 0755, 765_216, elf))),
                s.dir("lib", Age.MONTHS, l -> List.of(l.text("os-release", Age.MONTHS,
                        () -> "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n"
                                + "VERSION=\"24.04.1 LTS (Noble Numbat)\"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n"
                                + "HOME_URL=\"https://www.ubuntu.com/\"\nUBUNTU_CODENAME=noble\n"),
                        l.dir("x86_64-linux-gnu", Age.MONTHS,
                                x -> List.of(x.binary("libc.so.6", Age.MONTHS, 0755, 2_125_328, elf),
                                        x.link("libssl.so.3", Age.RECENT, "libssl.so.3.0.13"),
                                        x.binary("libssl.so.3.0.13", Age.RECENT, 0644, 687_624, elf))))),
                s.dir("lib64", Age.MONTHS,
                        l -> List.of(l.link("ld-linux-x86-64.so.2", Age.MONTHS,
                                "../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"))),
                s.dir("local", Age.INSTALL, l -> List.of(l.empty("bin", Age.INSTALL))), s
                        .dir("sbin", Age.MONTHS,
                                b -> List.of(b.binary("nginx", Age.MONTHS, 0755, 1_285_088, elf),
                                        b.binary("sshd", Age.MONTHS, 0755, 921_416, elf))),
                s.dir("share", Age.MONTHS,
                        sh -> List.of(sh.dir("zoneinfo", Age.MONTHS,
                                z -> List.of(
                                        z.dir("Europe", Age.MONTHS,
                                                e -> List.of(e.file("London", Age.MONTHS,
                                                        Contents.bytes(Tzif::europeLondon)))),
                                        z.file("UTC", Age.MONTHS, Contents.bytes(Tzif::europeLondon)))))));
    }

    private static List<Node> homes(Scope s, List<Person> people) {
        List<Node> list = new ArrayList<>();
        for (Person p : people) {
            String u = p.linuxUser();
            list.add(s.dir(u, Age.RECENT, 0750, h -> List.of(h.text(".bash_history", Age.RECENT, 0600,
                    () -> "cd /var/www/shop\ngit pull\nsudo systemctl restart shop\n"
                            + "tail -f /var/log/nginx/error.log\npsql -U app appdb -c 'select count(*) from orders'\n"),
                    h.text(".bashrc", Age.OLD, () -> "# ~/.bashrc\nalias ll='ls -alF'\nexport EDITOR=vim\n"),
                    h.text(".profile", Age.OLD,
                            () -> "# ~/.profile\nif [ -d \"$HOME/bin\" ] ; then\n    PATH=\"$HOME/bin:$PATH\"\nfi\n"),
                    h.dir(".ssh", Age.OLD, 0700,
                            d -> List.of(d.text("authorized_keys", Age.OLD, 0600,
                                    () -> "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Long.toHexString(d.seed("key"))
                                            + Long.toHexString(d.seed("key2")) + " " + p.email("laptop") + "\n"))),
                    h.dir("Documents", Age.RECENT,
                            d -> List.of(Docs.of(d, "Runbook.docx", Age.MONTHS, p.fullName()),
                                    Docs.of(d, "Capacity plan.xlsx", Age.RECENT, p.fullName()),
                                    Docs.of(d, "notes.txt", Age.RECENT, p.fullName()),
                                    Docs.of(d, "Vendor quote.pdf", Age.MONTHS, p.fullName()))),
                    h.dir("scripts", Age.MONTHS,
                            d -> List.of(d.text("deploy.sh", Age.MONTHS, 0755, () -> "#!/bin/bash\nset -euo pipefail\n"
                                    + "cd /var/www/shop\ngit pull --ff-only\npip install -r requirements.txt\nsudo systemctl restart shop\n"))))));
        }
        return list;
    }

    private static List<Node> boot(Scope s) {
        return List.of(s.binary("System.map-" + KERNEL, Age.MONTHS, 0600, 9_105_418, "0000000000000000 A "), s.text(
                "config-" + KERNEL, Age.MONTHS,
                () -> "#\n# Automatically generated file; DO NOT EDIT.\n# Linux/x86 6.8.12 Kernel Configuration\n#\n"
                        + "CONFIG_CC_VERSION_TEXT=\"x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0\"\nCONFIG_64BIT=y\nCONFIG_X86_64=y\n"),
                s.dir("grub", Age.MONTHS, 0700, g -> List.of(
                        g.text("grub.cfg", Age.MONTHS, 0400, () -> "#\n# DO NOT EDIT THIS FILE\n#\nset default=\"0\"\n"
                                + "menuentry 'Ubuntu' --class ubuntu --class gnu-linux --class gnu --class os {\n"
                                + "\tsearch --no-floppy --fs-uuid --set=root 0b5e4c9a-1d2f-4e3a-9b8c-7d6e5f4a3b2c\n"
                                + "\tlinux\t/vmlinuz-" + KERNEL
                                + " root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0\n"
                                + "\tinitrd\t/initrd.img-" + KERNEL + "\n}\n"),
                        g.text("grubenv", Age.RECENT, 0644,
                                () -> "# GRUB Environment Block\n" + "#".repeat(995) + "\n"))),
                s.link("initrd.img", Age.MONTHS, "initrd.img-" + KERNEL),
                s.binary("initrd.img-" + KERNEL, Age.MONTHS, 0644, 72_351_744, "\u0007\u0007\u0007\u0007"),
                s.dir("lost+found", Age.INSTALL, 0700, l -> List.of()),
                s.link("vmlinuz", Age.MONTHS, "vmlinuz-" + KERNEL),
                s.binary("vmlinuz-" + KERNEL, Age.MONTHS, 0600, 14_928_264, "MZ"));
    }

    private static List<Node> efi(Scope s) {
        String pe = "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00ff\u00ff\0\0";
        return List.of(s.dir("EFI", Age.INSTALL, e -> List.of(
                e.dir("BOOT", Age.INSTALL, b -> List.of(b.binary("BOOTX64.EFI", Age.MONTHS, 966_664, pe),
                        b.binary("fbx64.efi", Age.MONTHS, 87_816, pe), b.binary("mmx64.efi", Age.MONTHS, 856_280, pe))),
                e.dir("ubuntu", Age.INSTALL, u -> List.of(
                        u.text("BOOTX64.CSV", Age.MONTHS,
                                () -> "shimx64.efi,ubuntu,,This is the boot entry for Ubuntu\n"),
                        u.text("grub.cfg", Age.MONTHS,
                                () -> "search.fs_label BOOT root\nset prefix=($root)'/grub'\nconfigfile $prefix/grub.cfg\n"),
                        u.binary("grubx64.efi", Age.MONTHS, 2_621_896, pe),
                        u.binary("shimx64.efi", Age.MONTHS, 966_664, pe))))));
    }
}
