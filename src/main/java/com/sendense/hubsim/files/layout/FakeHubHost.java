package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Tzif;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The hub appliance's own file system, entirely made up. The real hub lets
 * {@code /partition-1/../../../../../etc} list its host's {@code /etc}; the simulator shows
 * this tree instead and never touches the real host.
 */
public final class FakeHubHost {

    private FakeHubHost() {}

    /**
     * The host's root. {@code restoreDir} is {@code /mnt/sendense/restore} (the live mounts) and
     * must be called {@code restore}.
     */
    public static Directory root(long seed, Instant installedBefore, Directory restoreDir) {
        TreeContext context = new TreeContext(seed, installedBefore, FsKind.EXT4, ZoneId.of("Europe/London"));
        return WindowsSystemLayout.root(context, "hub-host", s -> List.of(s.link("bin", Age.INSTALL, "usr/bin"),
                s.dir("etc", Age.RECENT, e -> List.of(e.text("fstab", Age.INSTALL,
                        () -> "/dev/disk/by-uuid/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f / ext4 defaults 0 1\n"
                                + "/dev/disk/by-uuid/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d /var/lib/sendense/repositories ext4 defaults 0 2\n"),
                        e.text("group", Age.MONTHS,
                                () -> "root:x:0:\nsudo:x:27:oma_admin\nmysql:x:112:\noma_admin:x:1000:\n"),
                        e.text("hostname", Age.INSTALL, () -> "sendense-hub\n"),
                        e.text("hosts", Age.INSTALL,
                                () -> "127.0.0.1 localhost\n127.0.1.1 sendense-hub\n10.20.0.50 sna-01\n"),
                        e.link("localtime", Age.INSTALL, "/usr/share/zoneinfo/Europe/London"),
                        e.dir("mysql", Age.OLD, m -> List.of(m.dir("mariadb.conf.d", Age.OLD, c -> List.of(c.text(
                                "50-server.cnf", Age.OLD,
                                () -> "[mysqld]\nuser                    = mysql\npid-file                = /run/mysqld/mysqld.pid\n"
                                        + "datadir                 = /var/lib/mysql\nbind-address            = 127.0.0.1\n"
                                        + "character-set-server  = utf8mb4\ncollation-server      = utf8mb4_general_ci\n"))))),
                        e.link("os-release", Age.INSTALL, "../usr/lib/os-release"),
                        e.text("passwd", Age.MONTHS, () -> "root:x:0:0:root:/root:/bin/bash\n"
                                + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nmysql:x:107:112:MySQL Server,,,:/nonexistent:/bin/false\n"
                                + "oma_admin:x:1000:1000:OMA Admin,,,:/home/oma_admin:/bin/bash\n"),
                        e.dir("systemd", Age.MONTHS, d -> List.of(d.dir("system", Age.MONTHS, sys -> List.of(sys.text(
                                "sendense-hub.service", Age.MONTHS,
                                () -> "[Unit]\nDescription=Sendense Hub Appliance API\nAfter=network.target mariadb.service\n\n"
                                        + "[Service]\nType=simple\nUser=oma_admin\nExecStart=/usr/local/bin/sendense-hub -port=8082\n"
                                        + "Restart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"))))),
                        e.text("timezone", Age.INSTALL, () -> "Europe/London\n"))),
                s.dir("home", Age.OLD, h -> List.of(h.dir("oma_admin", Age.RECENT, 0750, o -> List.of(
                        o.text(".bashrc", Age.OLD, () -> "# ~/.bashrc\nalias ll='ls -alF'\n"),
                        o.dir("sendense", Age.RECENT, d -> List.of(d.text("README.md", Age.MONTHS,
                                () -> "# Sendense hub appliance\n\nSources live in source/current/sha.\n"))))))),
                s.dir("mnt", Age.OLD, m -> List.of(m.dir("sendense", Age.OLD, x -> List.of(restoreDir)))),
                s.dir("root", Age.OLD, 0700, r -> List.of(r.text(".bashrc", Age.INSTALL, () -> "# ~/.bashrc\n"))),
                s.dir("tmp", Age.TODAY, 01777, t -> List.of()),
                s.dir("usr", Age.MONTHS, u -> List.of(u.dir("lib", Age.MONTHS,
                        l -> List.of(l.text("os-release", Age.MONTHS, () -> "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\n"
                                + "NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.5 LTS (Jammy Jellyfish)\"\nID=ubuntu\n"))),
                        u.dir("local", Age.MONTHS,
                                l -> List.of(l.dir("bin", Age.RECENT,
                                        b -> List.of(b.binary("sendense-hub", Age.RECENT, 0755, 38_797_312,
                                                "\u007fELF\u0002\u0001\u0001"))))),
                        u.dir("share", Age.MONTHS, sh -> List.of(sh.dir("zoneinfo", Age.MONTHS, z -> List.of(z.dir(
                                "Europe", Age.MONTHS,
                                e -> List.of(e.file("London", Age.MONTHS, Contents.bytes(Tzif::europeLondon)))))))))),
                s.dir("var", Age.RECENT, v -> List.of(v.dir("log", Age.TODAY, 0775,
                        l -> List.of(l.dir("sendense", Age.TODAY, d -> List.of(d.text("hub.log", Age.TODAY,
                                () -> "time=\"2025-10-09T09:12:44+01:00\" level=info msg=\"🔗 Registering file-level restore API routes\"\n")))))))));
    }
}
