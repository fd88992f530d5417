package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.gen.ScanPdfContent;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.SequenceDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A Windows file-server data disk (GPT): the Microsoft reserved partition (no file system, so
 * the hub skips it) and one NTFS volume labelled {@code Data} with department shares, awkward
 * file names and {@code Shares/Scans/2025}, a folder of 100,000 scanned PDFs.
 */
final class WindowsDataLayout {

    /** Entries in {@code Shares/Scans/2025}. */
    static final int SCANS = 100_000;

    private static final long MIB = 1024 * 1024;

    /** A file name of more than 200 characters. */
    static final String LONG_NAME = "Minutes of the extraordinary general meeting of the shareholders held at the registered office "
            + "on the fourteenth of March to approve the restructuring of the logistics division and the sale of the warehouse (signed copy).pdf";

    private WindowsDataLayout() {}

    static List<Partition> partitions(TreeContext ntfs, long diskBytes) {
        Prng prng = new Prng(ntfs.seed());
        List<Person> people = People.pick(prng, 6);
        return List.of(new Partition("p1", 16 * MIB, "", "", null),
                new Partition("p2", Math.max(1024 * MIB, diskBytes - 18 * MIB), "ntfs", "Data",
                        WindowsSystemLayout.root(ntfs, "data", s -> volume(s, people))));
    }

    private static List<Node> volume(Scope s, List<Person> people) {
        return List.of(
                s.dir("$RECYCLE.BIN", Age.OLD, r -> List.of(r.empty(Win.machineSid(r.seed("sid")) + "-1105", Age.OLD))),
                s.dir("Backups", Age.RECENT,
                        b -> List.of(b.dir("SQL", Age.TODAY,
                                q -> List.of(q.binary("ERP_full_20251005.bak", Age.RECENT, 4_831_838_208L, "TAPE"),
                                        q.binary("ERP_diff_20251008.bak", Age.TODAY, 734_003_200L, "TAPE"))))),
                s.dir("Shares", Age.RECENT, sh -> shares(sh, people)), s.dir("System Volume Information", Age.TODAY,
                        v -> List.of(v.binary("tracking.log", Age.RECENT, 20_480, ""))));
    }

    private static List<Node> shares(Scope s, List<Person> people) {
        String a = people.get(0).fullName();
        String b = people.get(1).fullName();
        String c = people.get(2).fullName();
        return List.of(
                s.dir("Finance", Age.RECENT, f -> List.of(Docs.of(f, "Budget 2025.xlsx", Age.RECENT, a),
                        Docs.of(f, "Payroll Q3.xlsx", Age.MONTHS, a),
                        f.dir("Invoices", Age.RECENT, i -> List.of(i.dir("2025", Age.RECENT, y -> invoices(y, a)))),
                        f.dir("Tax", Age.OLD, t -> List.of(Docs.of(t, "VAT return Q2.pdf", Age.MONTHS, a),
                                Docs.of(t, "Corporation tax 2024.pdf", Age.OLD, a))))),
                s.dir("HR", Age.MONTHS, h -> List.of(
                        h.dir("Policies", Age.OLD,
                                p -> List.of(Docs.of(p, "Employee Handbook.docx", Age.OLD, b),
                                        Docs.of(p, "Holiday Policy.pdf", Age.OLD, b),
                                        Docs.of(p, "Expenses policy.docx", Age.MONTHS, b))),
                        h.dir("Recruitment", Age.RECENT,
                                r -> List.of(Docs.of(r, "Interview plan.docx", Age.RECENT, b),
                                        Docs.of(r, "Résumé – Zoë.docx", Age.RECENT, "Zoë Laurent"),
                                        Docs.of(r, "CV - Jürgen Groß.pdf", Age.RECENT, "Jürgen Groß"))))),
                s.dir("IT", Age.MONTHS, i -> List.of(
                        Win.crlf(i, "backup.ps1", Age.OLD, "# Nightly file share backup\n$source = 'D:\\Shares'\n"
                                + "robocopy $source \\\\nas01\\backup\\shares /MIR /R:2 /W:5 /LOG:C:\\Logs\\robocopy.log\n"),
                        Docs.of(i, "Network diagram.png", Age.OLD, c),
                        Docs.of(i, "Asset register.xlsx", Age.MONTHS, c))),
                s.dir("Marketing", Age.MONTHS,
                        m -> List.of(Docs.of(m, "Autumn campaign.docx", Age.MONTHS, c),
                                Docs.of(m, "banner.jpg", Age.MONTHS, c), Docs
                                        .of(m, "brochure 2025.pdf", Age.MONTHS, c),
                                Docs.of(m, "logo.png", Age.OLD, c))),
                s.dir("Projects", Age.RECENT, p -> List.of(
                        p.dir("Apollo", Age.RECENT,
                                ap -> List.of(Docs.of(ap, "Project plan.docx", Age.RECENT, a),
                                        Docs.of(ap, "Risks.xlsx", Age.RECENT, a), ap.empty("Archive", Age.OLD))),
                        p.dir("Naming", Age.RECENT, n -> List.of(Docs.of(n, "100% done.txt", Age.RECENT, a),
                                Docs.of(n, "C# notes.txt", Age.RECENT, a), Docs.of(n, "a+b=c.txt", Age.RECENT, a),
                                Docs.of(n, "it's \"final\".txt", Age.RECENT, a),
                                Docs.of(n, "notes & ideas.txt", Age.RECENT, a), Docs.of(n, LONG_NAME, Age.OLD, a),
                                Docs.of(n, "報告書.txt", Age.RECENT, "山田 太郎"))),
                        p.dir("Zephyr", Age.MONTHS,
                                z -> List.of(Docs.of(z, "Specification.docx", Age.MONTHS, b),
                                        Docs.of(z, "Test results.csv", Age.MONTHS, b))))),
                s.dir("Public", Age.MONTHS,
                        p -> List.of(Docs.of(p, "ReadMe.txt", Age.OLD, c),
                                Docs.of(p, "Office floor plan.pdf", Age.OLD, c))),
                s.dir("Scans", Age.TODAY, sc -> List.of(scans(sc))),
                s.dir("Software", Age.OLD,
                        sw -> List.of(sw.binary("SQLServer2022-x64-ENU.iso", Age.OLD, 1_148_215_296L, ""),
                                Docs.of(sw, "Office deployment.zip", Age.OLD, c))));
    }

    private static List<Node> invoices(Scope s, String author) {
        List<Node> list = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            list.add(Docs.of(s, String.format("INV-2025-%04d.pdf", i), Age.MONTHS, author));
        }
        return list;
    }

    /** {@code Scans/2025}: 100,000 scanner PDFs, computed from their number and never stored. */
    private static Directory scans(Scope parent) {
        Scope s = parent.in("2025");
        Instant captured = s.context().capturedAt();
        FsKind fs = s.context().fs();
        long seed = s.seed("scans");
        return new SequenceDirectory("2025", parent.time("2025", Age.TODAY), fs.directoryMode(),
                fs.directorySize(SCANS, 15L * SCANS), SCANS, i -> scan(fs, captured, seed, i), name -> index(name));
    }

    private static RegularFile scan(FsKind fs, Instant captured, long seed, int i) {
        String number = Integer.toString(i + 1);
        String name = "scan-" + "000000".substring(number.length()) + number + ".pdf";
        long h = Prng.mix(seed + i);
        Instant time = fs.stamp(
                captured.minusSeconds(90L * (SCANS - i) + 600).plusNanos(Long.remainderUnsigned(h, 1_000_000_000L)), h);
        return new RegularFile(name, time, fs.fileMode(),
                new ScanPdfContent(name.substring(0, name.length() - 4), time, h));
    }

    private static OptionalInt index(String name) {
        if (name.length() != 15 || !name.startsWith("scan-") || !name.endsWith(".pdf")) {
            return OptionalInt.empty();
        }
        String digits = name.substring(5, 11);
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i)) || digits.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(digits) - 1);
    }

}
