package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.LinesContent;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Node;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code /var/log}: syslog, auth.log, nginx and PostgreSQL logs with plausible lines up to the backup. */
final class LinuxLogs {

    private static final DateTimeFormatter RFC3339_MICRO = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    private static final DateTimeFormatter NGINX = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            Locale.ENGLISH);
    private static final DateTimeFormatter PG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS z",
            Locale.ENGLISH);
    private static final List<String> PAGES = List.of("/", "/products", "/products/42", "/products/1337", "/basket",
            "/checkout", "/static/css/site.css", "/static/js/app.js", "/static/img/logo.png",
            "/api/v1/stock?sku=NW-2291", "/account/login", "/search?q=pallet+wrap", "/robots.txt", "/favicon.ico");
    private static final List<String> AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0");

    private LinuxLogs() {}

    static List<Node> varLog(Scope s, String host, List<Person> people, Instant end, ZoneId zone) {
        String user = people.get(0).linuxUser();
        return List.of(s.dir("apt", Age.RECENT, 0755, a -> List.of(a.text("history.log", Age.RECENT,
                () -> "\nStart-Date: 2025-09-30  06:12:41\nCommandline: /usr/bin/unattended-upgrade\n"
                        + "Upgrade: openssl:amd64 (3.0.13-0ubuntu3.3, 3.0.13-0ubuntu3.4), libssl3t64:amd64 (3.0.13-0ubuntu3.3, 3.0.13-0ubuntu3.4)\n"
                        + "End-Date: 2025-09-30  06:12:49\n"))),
                s.file("auth.log", Age.TODAY, 0640, lines(s, "auth.log", 8_000, 3, end, zone,
                        (t, p, i) -> syslogTime(t) + " " + host + " " + p.pick(
                                "sshd[" + (20_000 + p.nextInt(9_000)) + "]: Accepted publickey for " + user
                                        + " from 10.20.0." + p.between(5, 60) + " port " + p.between(40_000, 65_000)
                                        + " ssh2: ED25519 SHA256:" + Long.toHexString(p.nextLong()),
                                "sshd[" + (20_000 + p.nextInt(9_000)) + "]: Invalid user admin from 45.95.147."
                                        + p.nextInt(255) + " port " + p.between(40_000, 65_000),
                                "sshd[" + (20_000 + p.nextInt(9_000))
                                        + "]: Connection closed by invalid user admin 45.95.147." + p.nextInt(255)
                                        + " port " + p.between(40_000, 65_000) + " [preauth]",
                                "CRON[" + (30_000 + p.nextInt(9_000))
                                        + "]: pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)",
                                "CRON[" + (30_000 + p.nextInt(9_000))
                                        + "]: pam_unix(cron:session): session closed for user root",
                                "sudo:   " + user + " : TTY=pts/0 ; PWD=/home/" + user
                                        + " ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"))),
                s.file("dpkg.log", Age.RECENT,
                        lines(s, "dpkg.log", 600, 30, end.minusSeconds(9 * 86_400), zone,
                                (t, p, i) -> t.toLocalDateTime().toString().replace('T', ' ').substring(0, 19)
                                        + " status installed "
                                        + p.pick("openssl:amd64 3.0.13-0ubuntu3.4", "nginx:amd64 1.24.0-2ubuntu7.1",
                                                "postgresql-16:amd64 16.4-0ubuntu0.24.04.2",
                                                "libc6:amd64 2.39-0ubuntu8.3", "python3.12:amd64 3.12.3-1ubuntu0.2"))),
                s.dir("journal", Age.INSTALL, 02755,
                        j -> List.of(j.dir(String.format("%016x%016x", j.seed("id"), Prng.mix(j.seed("id"))),
                                Age.INSTALL, 02755,
                                d -> List.of(d.binary("system.journal", Age.TODAY, 0640, 33_554_432, "LPKSHHRH"))))),
                s.file("kern.log", Age.RECENT, 0640,
                        lines(s, "kern.log", 2_000, 7, end, zone,
                                (t, p, i) -> syslogTime(t) + " " + host + " kernel: "
                                        + p.pick(
                                                "[UFW BLOCK] IN=ens192 OUT= MAC=00:50:56:a1:2b:3c SRC=45.95.147."
                                                        + p.nextInt(255) + " DST=10.20.0.31 LEN=40 PROTO=TCP SPT="
                                                        + p.between(1024, 65535) + " DPT=23 WINDOW=1024 SYN URGP=0",
                                                "vmxnet3 0000:0b:00.0 ens192: NIC Link is Up 10000 Mbps",
                                                "EXT4-fs (sda1): re-mounted. Quota mode: none."))),
                s.dir("nginx", Age.TODAY, 0755, n -> List.of(
                        n.file("access.log", Age.TODAY, 0640,
                                lines(n, "access.log", 60_000, 1, end, zone, LinuxLogs::access)),
                        n.file("access.log.1", Age.RECENT, 0640,
                                lines(n, "access.log.1", 100_000, 1, end.minusSeconds(86_400), zone,
                                        LinuxLogs::access)),
                        n.file("error.log", Age.RECENT, 0640, lines(n, "error.log", 300, 7, end, zone, (t, p, i) -> t
                                .toLocalDateTime()
                                .toString()
                                .replace('-', '/')
                                .replace('T', ' ')
                                .substring(0, 19) + " [error] " + p.between(900, 999) + "#" + p.nextInt(4) + ": *"
                                + p.between(1, 90_000)
                                + " upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113."
                                + p.nextInt(255)
                                + ", server: shop.northwind.co.uk, request: \"GET /checkout HTTP/2.0\", upstream: \"http://127.0.0.1:8000/checkout\"")))),
                s.dir("postgresql", Age.TODAY, 01775, pg -> List.of(pg.file("postgresql-16-main.log", Age.TODAY, 0640,
                        lines(pg, "pg.log", 5_000, 7, end, zone, (t, p, i) -> t.format(PG) + " ["
                                + p.between(1000, 99_000) + "] "
                                + p.pick("LOG:  checkpoint starting: time",
                                        "LOG:  checkpoint complete: wrote " + p.nextInt(900) + " buffers",
                                        "app@appdb LOG:  duration: " + p.between(1000, 9000)
                                                + ".123 ms  statement: SELECT * FROM orders WHERE status = 'open'",
                                        "app@appdb ERROR:  duplicate key value violates unique constraint \"orders_pkey\""))))),
                s.file("syslog", Age.TODAY, 0640, lines(s, "syslog", 30_000, 1, end, zone,
                        (t, p, i) -> syslogTime(t) + " " + host + " " + p.pick(
                                "systemd[1]: Started session-" + p.nextInt(900) + ".scope - Session of User " + user
                                        + ".",
                                "systemd[1]: Starting logrotate.service - Rotate log files...",
                                "systemd[1]: logrotate.service: Deactivated successfully.",
                                "CRON[" + p.between(1000, 99_000)
                                        + "]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)",
                                "gunicorn[" + p.between(800, 900) + "]: [INFO] Booting worker with pid: "
                                        + p.between(1000, 99_000),
                                "systemd-resolved[612]: Clock change detected. Flushing caches.",
                                "rsyslogd: -- MARK --"))),
                s.file("syslog.1", Age.RECENT, 0640, lines(s, "syslog.1", 40_000, 1, end.minusSeconds(86_400 * 7), zone,
                        (t, p, i) -> syslogTime(t) + " " + host + " systemd[1]: Finished " + p.pick("apt-daily.service",
                                "man-db.service", "sysstat-collect.service", "fstrim.service") + ".")));
    }

    private static String syslogTime(ZonedDateTime t) {
        return t.format(RFC3339_MICRO);
    }

    private static String access(ZonedDateTime t, Prng p, int i) {
        String ip = p.pick("203.0.113.", "198.51.100.", "192.0.2.", "81.2.69.") + p.between(1, 254);
        int status = p.pick(200, 200, 200, 200, 304, 301, 404, 200, 500);
        return ip + " - - [" + t.format(NGINX) + "] \"" + p.pick("GET", "GET", "GET", "POST") + " " + p.pick(PAGES)
                + " HTTP/" + p.pick("1.1", "2.0") + "\" " + status + " " + (status == 304 ? 0 : p.between(180, 48_000))
                + " \"" + p.pick("-", "https://www.google.com/", "https://shop.northwind.co.uk/products") + "\" \""
                + p.pick(AGENTS) + "\"";
    }

    /** Line formatter for {@link #lines}. */
    interface Format {

        String line(ZonedDateTime time, Prng prng, int i);
    }

    /**
     * {@code count} lines spread over {@code days} days ending at {@code end}, in {@code zone}.
     */
    static LinesContent lines(Scope s, String name, int count, int days, Instant end, ZoneId zone, Format format) {
        long seed = s.seed(name);
        long spanMillis = days * 86_400_000L;
        return new LinesContent(count, i -> {
            Prng prng = new Prng(Prng.mix(seed + i));
            Instant t = end.minusMillis(spanMillis - spanMillis * i / count + 1000)
                    .plusNanos(prng.nextInt(1_000_000) * 1000L);
            return format.line(t.atZone(zone), prng, i);
        });
    }
}
