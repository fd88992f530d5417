package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.LinesContent;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux data disk (GPT) with one XFS partition labelled {@code data}, mounted at
 * {@code /srv/data} on the VM: PostgreSQL dumps (text and multi-GB custom format), CSV
 * exports and uploaded files.
 */
final class LinuxDataLayout {

    private static final long MIB = 1024 * 1024;

    private LinuxDataLayout() {}

    static List<Partition> partitions(TreeContext context, long diskBytes) {
        TreeContext xfs = context.with(FsKind.XFS);
        return List.of(new Partition("p1", Math.max(1024 * MIB, diskBytes - 2 * MIB), "xfs", "data",
                WindowsSystemLayout.root(xfs, "data", LinuxDataLayout::volume)));
    }

    private static List<Node> volume(Scope s) {
        Instant captured = s.context().capturedAt();
        ZoneId zone = s.context().zone();
        return List.of(s.dir("exports", Age.RECENT, 0775, e -> exports(e, captured, zone)),
                s.dir("pgdumps", Age.TODAY, 0750, p -> dumps(p, captured, zone)),
                s.text("README.txt", Age.OLD, () -> "Data volume for the shop application.\n\n"
                        + "  pgdumps/  nightly pg_dump of appdb (custom format) and a weekly plain SQL dump\n"
                        + "  exports/  monthly CSV exports for finance\n  uploads/  files uploaded by customers\n"),
                s.dir("uploads", Age.TODAY, 0775, u -> List.of(u.dir("2025", Age.TODAY, 0775, y -> {
                    List<Node> list = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        String month = String.format("%02d", i);
                        list.add(y.dir(month, i >= 9 ? Age.RECENT : Age.MONTHS, 0775,
                                m -> List.of(Docs.of(m, "delivery-note-" + month + "01.pdf", Age.MONTHS, "shop"),
                                        Docs.of(m, "pallet-photo-" + month + ".jpg", Age.MONTHS, "shop"),
                                        Docs.of(m, "damage-report-" + month + ".png", Age.MONTHS, "shop"))));
                    }
                    return list;
                }))));
    }

    private static List<Node> dumps(Scope s, Instant captured, ZoneId zone) {
        LocalDate day = captured.atZone(zone).toLocalDate();
        List<Node> list = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String date = day.minusDays(i).toString();
            list.add(s.binary("appdb-" + date + ".dump", i == 1 ? Age.TODAY : Age.RECENT, 0640,
                    2_400_000_000L + s.prng(date).nextInt(200_000_000), "PGDMP\u0001\u000e\0\u0004\u0008\u0001\u0001"));
        }
        String weekly = day.minusDays(day.getDayOfWeek().getValue()).toString();
        list.add(s.file("appdb-" + weekly + ".sql", Age.RECENT, 0640, sqlDump(s.seed("sql"), 120_000)));
        return list;
    }

    /** A plain pg_dump with a COPY block of {@code rows} orders. */
    private static LinesContent sqlDump(long seed, int rows) {
        List<String> head = List.of("--", "-- PostgreSQL database dump", "--", "",
                "-- Dumped from database version 16.4 (Ubuntu 16.4-0ubuntu0.24.04.2)",
                "-- Dumped by pg_dump version 16.4 (Ubuntu 16.4-0ubuntu0.24.04.2)", "", "SET statement_timeout = 0;",
                "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;", "",
                "CREATE TABLE public.orders (", "    id bigint NOT NULL,", "    customer_id integer NOT NULL,",
                "    amount numeric(12,2) NOT NULL,", "    status text NOT NULL,",
                "    created_at timestamp with time zone NOT NULL", ");", "", "ALTER TABLE public.orders OWNER TO app;",
                "", "COPY public.orders (id, customer_id, amount, status, created_at) FROM stdin;");
        List<String> tail = List.of("\\.", "", "ALTER TABLE ONLY public.orders",
                "    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);", "", "--", "-- PostgreSQL database dump complete",
                "--", "");
        return new LinesContent(head.size() + rows + tail.size(), i -> {
            if (i < head.size()) {
                return head.get(i);
            }
            int row = i - head.size();
            if (row >= rows) {
                return tail.get(row - rows);
            }
            Prng p = new Prng(Prng.mix(seed + row));
            return (100_000 + row) + "\t" + p.between(1000, 9999) + "\t" + p.between(5, 5000) + "."
                    + Docs.two(p.nextInt(100)) + "\t" + p.pick("paid", "paid", "open", "shipped", "refunded")
                    + "\t2025-" + Docs.two(p.between(1, 9)) + "-" + Docs.two(p.between(1, 28)) + " "
                    + Docs.two(p.nextInt(24)) + ":" + Docs.two(p.nextInt(60)) + ":" + Docs.two(p.nextInt(60)) + "+01";
        });
    }

    private static List<Node> exports(Scope s, Instant captured, ZoneId zone) {
        List<Node> list = new ArrayList<>();
        LocalDate month = captured.atZone(zone).toLocalDate().withDayOfMonth(1);
        for (int i = 1; i <= 6; i++) {
            String name = "orders-" + month.minusMonths(i).toString().substring(0, 7) + ".csv";
            long seed = s.seed(name);
            list.add(s.file(name, i == 1 ? Age.RECENT : Age.MONTHS, 0664, new LinesContent(20_001, r -> {
                if (r == 0) {
                    return "order_id,customer_id,amount,currency,status";
                }
                Prng p = new Prng(Prng.mix(seed + r));
                return (200_000 + r) + "," + p.between(1000, 9999) + "," + p.between(5, 5000) + "."
                        + Docs.two(p.nextInt(100)) + ",GBP," + p.pick("paid", "paid", "open", "refunded");
            })));
        }
        return list;
    }
}
