package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Node;
import java.util.ArrayList;
import java.util.List;

/** {@code /etc} of an Ubuntu 24.04 web and database server. No password hashes, no private keys. */
final class LinuxEtc {

    private LinuxEtc() {}

    static List<Node> etc(Scope s, String hostname, List<Person> people) {
        return List.of(s.text("crontab", Age.INSTALL, () -> "# /etc/crontab: system-wide crontab\nSHELL=/bin/sh\n"
                + "PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n\n"
                + "17 *\t* * *\troot\tcd / && run-parts --report /etc/cron.hourly\n"
                + "25 6\t* * *\troot\ttest -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }\n"
                + "30 2\t* * *\tpostgres\tpg_dump -Fc appdb > /srv/data/pgdumps/appdb-$(date +\\%F).dump\n"),
                s.text("fstab", Age.INSTALL,
                        () -> "LABEL=cloudimg-rootfs\t/\t ext4\tdiscard,commit=30,errors=remount-ro\t0 1\n"
                                + "LABEL=BOOT\t/boot\text4\tdefaults\t0 2\nLABEL=UEFI\t/boot/efi\tvfat\tumask=0077\t0 1\n"
                                + "LABEL=data\t/srv/data\txfs\tdefaults,noatime\t0 2\n/swap.img\tnone\tswap\tsw\t0 0\n"),
                s.text("group", Age.MONTHS, () -> group(people)),
                s.text("hostname", Age.INSTALL, () -> hostname + "\n"),
                s.text("hosts", Age.INSTALL, () -> "127.0.0.1 localhost\n127.0.1.1 " + hostname + "\n\n"
                        + "# The following lines are desirable for IPv6 capable hosts\n::1 ip6-localhost ip6-loopback\n"
                        + "fe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n"),
                s.link("localtime", Age.INSTALL, "/usr/share/zoneinfo/Europe/London"),
                s.text("machine-id", Age.INSTALL, 0444,
                        () -> String.format("%016x%016x\n", s.seed("machine-id"), Prng.mix(s.seed("machine-id")))),
                s.dir("netplan", Age.INSTALL, n -> List.of(n.text("50-cloud-init.yaml", Age.INSTALL, 0600,
                        () -> "network:\n  version: 2\n  ethernets:\n    ens192:\n      dhcp4: false\n      addresses: [10.20.0.31/24]\n"
                                + "      routes:\n        - to: default\n          via: 10.20.0.1\n      nameservers:\n        addresses: [10.20.0.2, 10.20.0.3]\n"))),
                s.dir("nginx", Age.MONTHS, LinuxEtc::nginx), s.link("os-release", Age.INSTALL, "../usr/lib/os-release"),
                s.text("passwd", Age.MONTHS, () -> passwd(people)),
                s.dir("postgresql", Age.OLD, p -> List.of(p.dir("16", Age.OLD,
                        v -> List.of(v.dir("main", Age.MONTHS, m -> List.of(m.text("pg_hba.conf", Age.MONTHS, 0640,
                                () -> "# TYPE  DATABASE        USER            ADDRESS                 METHOD\n"
                                        + "local   all             postgres                                peer\nlocal   all             all                                     peer\n"
                                        + "host    all             all             127.0.0.1/32            scram-sha-256\n"
                                        + "host    appdb           app             10.20.0.0/24            scram-sha-256\n"),
                                m.text("pg_ident.conf", Age.OLD, 0640,
                                        () -> "# MAPNAME       SYSTEM-USERNAME         PG-USERNAME\n"),
                                m.text("postgresql.conf", Age.MONTHS,
                                        () -> "data_directory = '/var/lib/postgresql/16/main'\n"
                                                + "hba_file = '/etc/postgresql/16/main/pg_hba.conf'\nlisten_addresses = '*'\nport = 5432\n"
                                                + "max_connections = 200\nshared_buffers = 2GB\nwork_mem = 16MB\nwal_level = replica\n"
                                                + "log_line_prefix = '%m [%p] %q%u@%d '\nlog_timezone = 'Europe/London'\ndatestyle = 'iso, dmy'\n"
                                                + "timezone = 'Europe/London'\nlc_messages = 'en_GB.UTF-8'\n"))))))),
                s.link("resolv.conf", Age.INSTALL, "../run/systemd/resolve/stub-resolv.conf"),
                s.text("shadow", Age.MONTHS, 0640, () -> shadow(people)),
                s.dir("ssh", Age.OLD,
                        d -> List.of(d.text("sshd_config", Age.OLD, () -> "Include /etc/ssh/sshd_config.d/*.conf\n"
                                + "PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM yes\n"
                                + "X11Forwarding no\nPrintMotd no\nAcceptEnv LANG LC_*\nSubsystem\tsftp\t/usr/lib/openssh/sftp-server\n"))),
                s.text("sudoers", Age.INSTALL, 0440,
                        () -> "Defaults\tenv_reset\nDefaults\tmail_badpass\n"
                                + "root\tALL=(ALL:ALL) ALL\n%sudo\tALL=(ALL:ALL) ALL\n@includedir /etc/sudoers.d\n"),
                s.dir("systemd", Age.MONTHS, d -> List.of(d.dir("system", Age.MONTHS, sys -> List.of(sys.text(
                        "shop.service", Age.MONTHS,
                        () -> "[Unit]\nDescription=Shop web application\nAfter=network.target postgresql.service\n\n"
                                + "[Service]\nUser=www-data\nWorkingDirectory=/var/www/shop\nExecStart=/usr/bin/python3 -m gunicorn -w 4 -b 127.0.0.1:8000 shop.wsgi\n"
                                + "Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"))))),
                s.text("timezone", Age.INSTALL, () -> "Europe/London\n"));
    }

    private static List<Node> nginx(Scope s) {
        return List.of(s.text("mime.types", Age.OLD,
                () -> "types {\n    text/html                             html htm shtml;\n"
                        + "    text/css                              css;\n    application/javascript                js;\n    image/png                             png;\n}\n"),
                s.text("nginx.conf", Age.MONTHS, () -> "user www-data;\nworker_processes auto;\npid /run/nginx.pid;\n"
                        + "error_log /var/log/nginx/error.log;\ninclude /etc/nginx/modules-enabled/*.conf;\n\nevents {\n\tworker_connections 768;\n}\n\n"
                        + "http {\n\tsendfile on;\n\ttcp_nopush on;\n\ttypes_hash_max_size 2048;\n\tinclude /etc/nginx/mime.types;\n"
                        + "\tdefault_type application/octet-stream;\n\tssl_protocols TLSv1.2 TLSv1.3;\n\tssl_prefer_server_ciphers on;\n"
                        + "\taccess_log /var/log/nginx/access.log;\n\tgzip on;\n\tinclude /etc/nginx/conf.d/*.conf;\n\tinclude /etc/nginx/sites-enabled/*;\n}\n"),
                s.dir("sites-available", Age.MONTHS, d -> List.of(d.text("default", Age.INSTALL,
                        () -> "server {\n\tlisten 80 default_server;\n\tlisten [::]:80 default_server;\n"
                                + "\troot /var/www/html;\n\tindex index.html index.htm index.nginx-debian.html;\n\tserver_name _;\n"
                                + "\tlocation / {\n\t\ttry_files $uri $uri/ =404;\n\t}\n}\n"),
                        d.text("shop.conf", Age.MONTHS,
                                () -> "server {\n    listen 443 ssl http2;\n    server_name shop.northwind.co.uk;\n"
                                        + "    ssl_certificate /etc/letsencrypt/live/shop.northwind.co.uk/fullchain.pem;\n"
                                        + "    ssl_certificate_key /etc/letsencrypt/live/shop.northwind.co.uk/privkey.pem;\n"
                                        + "    location /static/ {\n        alias /var/www/shop/static/;\n        expires 7d;\n    }\n"
                                        + "    location / {\n        proxy_pass http://127.0.0.1:8000;\n        proxy_set_header Host $host;\n"
                                        + "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}\n"))),
                // Ubuntu links the default site absolutely (dangling when seen from the hub); the shop was linked
                // relatively
                s.dir("sites-enabled", Age.MONTHS,
                        d -> List.of(d.link("default", Age.INSTALL, "/etc/nginx/sites-available/default"),
                                d.link("shop.conf", Age.MONTHS, "../sites-available/shop.conf"))));
    }

    private static String passwd(List<Person> people) {
        StringBuilder s = new StringBuilder(
                "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                        + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
                        + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
                        + "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin\n"
                        + "sshd:x:104:65534::/run/sshd:/usr/sbin/nologin\npostgres:x:110:118:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            s.append(p.linuxUser())
                    .append(":x:")
                    .append(1000 + i)
                    .append(':')
                    .append(1000 + i)
                    .append(':')
                    .append(p.fullName())
                    .append(",,,:/home/")
                    .append(p.linuxUser())
                    .append(":/bin/bash\n");
        }
        return s.toString();
    }

    private static String shadow(List<Person> people) {
        StringBuilder s = new StringBuilder(
                "root:*:19800:0:99999:7:::\ndaemon:*:19800:0:99999:7:::\nwww-data:*:19800:0:99999:7:::\n"
                        + "postgres:*:19812:0:99999:7:::\n");
        for (Person p : people) {
            s.append(p.linuxUser()).append(":!:19850:0:99999:7:::\n");
        }
        return s.toString();
    }

    private static String group(List<Person> people) {
        List<String> users = new ArrayList<>();
        people.forEach(p -> users.add(p.linuxUser()));
        StringBuilder s = new StringBuilder("root:x:0:\nadm:x:4:syslog," + users.get(0) + "\nsudo:x:27:"
                + String.join(",", users) + "\nwww-data:x:33:\npostgres:x:118:\n");
        for (int i = 0; i < people.size(); i++) {
            s.append(users.get(i)).append(":x:").append(1000 + i).append(":\n");
        }
        return s.toString();
    }
}
