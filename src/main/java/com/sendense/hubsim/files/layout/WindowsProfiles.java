package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Node;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code C:\Users}: the default and public profiles and one profile per user, each with the
 * legacy junctions, office documents, pictures, downloads and an Outlook data file.
 */
final class WindowsProfiles {

    private static final List<String> DOCUMENTS = List.of("Budget 2025.xlsx", "Q3 forecast.xlsx",
            "Team offsite agenda.docx", "Meeting notes 2025-09-12.docx", "Project plan.docx", "Expenses September.xlsx",
            "Contract draft v3.docx", "Annual review.docx", "Invoice 4471.pdf", "Holiday booking.pdf",
            "Shopping list.txt", "Insurance policy.pdf", "Supplier list.xlsx", "Presentation notes.txt",
            "Onboarding checklist.docx", "Customer orders.csv", "Car lease.pdf", "Training record.xlsx");
    private static final List<String> DOWNLOADS = List.of("ChromeSetup.exe", "npp.8.6.9.Installer.x64.exe",
            "Statement_Sep_2025.pdf", "drivers.zip", "vpn-client-4.10.msi", "boarding-pass.pdf", "Zoom_setup.exe",
            "report-export.csv", "brochure.pdf", "photos.zip");
    private static final DateTimeFormatter IMG = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss")
            .withZone(ZoneOffset.UTC);

    private WindowsProfiles() {}

    /** The entries of {@code C:\Users}. */
    static List<Node> users(Scope s, List<Person> people, String domain) {
        List<Node> list = new ArrayList<>();
        list.add(s.junction("All Users", Age.INSTALL, "/ProgramData"));
        list.add(s.dir("Default", Age.INSTALL, WindowsProfiles::defaultProfile));
        list.add(s.junction("Default User", Age.INSTALL, "/Users/Default"));
        list.add(s.dir("Public", Age.INSTALL, WindowsProfiles::publicProfile));
        list.add(Win.desktopIni(s, Age.INSTALL, "-21813"));
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            list.add(s.dir(p.windowsUser(), Age.RECENT, u -> profile(u, p, domain)));
        }
        return list;
    }

    private static List<Node> defaultProfile(Scope s) {
        return List.of(
                s.dir("AppData", Age.INSTALL,
                        a -> List.of(a.empty("Local", Age.INSTALL), a.empty("Roaming", Age.INSTALL))),
                s.empty("Desktop", Age.INSTALL), s.empty("Documents", Age.INSTALL), s.empty("Downloads", Age.INSTALL),
                s.empty("Music", Age.INSTALL), s.empty("Pictures", Age.INSTALL), s.empty("Videos", Age.INSTALL),
                Win.hive(s, "NTUSER.DAT", Age.INSTALL, 262_144), s.binary("NTUSER.DAT.LOG1", Age.INSTALL, 65_536, ""),
                s.binary("NTUSER.DAT.LOG2", Age.INSTALL, 0, ""));
    }

    private static List<Node> publicProfile(Scope s) {
        return List.of(
                s.dir("Desktop", Age.OLD,
                        d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21799"), Win.lnk(d, "Google Chrome.lnk", Age.OLD),
                                Win.lnk(d, "Microsoft Edge.lnk", Age.MONTHS))),
                s.dir("Documents", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21801"))),
                s.dir("Downloads", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21798"))),
                s.dir("Music", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21804"))),
                s.dir("Pictures", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21802"))),
                s.dir("Videos", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21803"))),
                Win.desktopIni(s, Age.INSTALL, "-21816"));
    }

    private static List<Node> profile(Scope s, Person p, String domain) {
        String home = "/Users/" + p.windowsUser();
        String author = p.fullName();
        Prng prng = s.prng("profile");
        List<Node> list = new ArrayList<>(
                List.of(s.dir("3D Objects", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-21814"))),
                        s.dir("AppData", Age.OLD, a -> appData(a, p, domain)),
                        s.junction("Application Data", Age.OLD, home + "/AppData/Roaming"),
                        s.dir("Contacts", Age.OLD, d -> List.of(Win.desktopIni(d, Age.OLD, "-21806"))),
                        s.junction("Cookies", Age.OLD, home + "/AppData/Local/Microsoft/Windows/INetCookies"),
                        s.dir("Desktop", Age.TODAY, d -> desktop(d, author)),
                        s.dir("Documents", Age.RECENT, d -> documents(d, home, author)),
                        s.dir("Downloads", Age.RECENT, d -> downloads(d, author)),
                        s.dir("Favorites", Age.OLD,
                                d -> List.of(Win.crlf(d, "Bing.url", Age.OLD,
                                        "[InternetShortcut]\nURL=http://go.microsoft.com/fwlink/p/?LinkId=255142\n"))),
                        s.dir("Links", Age.OLD,
                                d -> List.of(Win.lnk(d, "Desktop.lnk", Age.OLD), Win.lnk(d, "Downloads.lnk", Age.OLD))),
                        s.junction("Local Settings", Age.OLD, home + "/AppData/Local"),
                        s.dir("Music", Age.OLD, d -> List.of(Win.desktopIni(d, Age.OLD, "-21790"))),
                        s.junction("My Documents", Age.OLD, home + "/Documents"),
                        s.junction("NetHood", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/Network Shortcuts"),
                        Win.hive(s, "NTUSER.DAT", Age.TODAY, 1_048_576L * prng.between(2, 6)),
                        s.binary("ntuser.dat.LOG1", Age.TODAY, 1_048_576L * prng.between(1, 3), ""),
                        s.binary("ntuser.dat.LOG2", Age.RECENT, 0, ""),
                        s.file("ntuser.ini", Age.TODAY, Contents.bytes(() -> Win.utf16("\r\n"))),
                        s.dir("Pictures", Age.RECENT, d -> pictures(d)),
                        s.junction("PrintHood", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/Printer Shortcuts"),
                        s.junction("Recent", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/Recent"),
                        s.dir("Saved Games", Age.OLD, d -> List.of(Win.desktopIni(d, Age.OLD, "-21814"))),
                        s.dir("Searches", Age.OLD, d -> List.of(Win.desktopIni(d, Age.OLD, "-9031"))),
                        s.junction("SendTo", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/SendTo"),
                        s.junction("Start Menu", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/Start Menu"),
                        s.junction("Templates", Age.OLD, home + "/AppData/Roaming/Microsoft/Windows/Templates"),
                        s.dir("Videos", Age.MONTHS, d -> List.of(Win.desktopIni(d, Age.OLD, "-21791"),
                                Docs.of(d, "Team call recording.mp4", Age.MONTHS, author)))));
        return list;
    }

    private static List<Node> appData(Scope s, Person p, String domain) {
        return List.of(
                s.dir("Local", Age.TODAY,
                        l -> List.of(
                                l.dir("Google", Age.MONTHS,
                                        g -> List
                                                .of(g.dir("Chrome", Age.MONTHS,
                                                        c -> List.of(c.dir("User Data", Age.TODAY,
                                                                u -> List.of(u.dir("Default", Age.TODAY, d -> List.of(
                                                                        d.binary("Bookmarks", Age.MONTHS,
                                                                                4_000 + d.prng("b")
                                                                                        .nextInt(20_000),
                                                                                "{\n   \"checksum\""),
                                                                        d.binary("History", Age.TODAY,
                                                                                1_048_576L
                                                                                        * (1 + d.prng("h").nextInt(8)),
                                                                                "SQLite format 3\0"))))))))),
                                l.dir("Microsoft", Age.RECENT, m -> List.of(
                                        m.dir("Outlook", Age.TODAY,
                                                o -> List.of(o.binary(p.email(domain) + ".pst", Age.TODAY,
                                                        1_500_000_000L + o.prng("pst").nextInt(900_000_000), "!BDN"))),
                                        m.dir("Windows", Age.RECENT,
                                                w -> List.of(
                                                        w.dir("Explorer", Age.TODAY,
                                                                e -> List.of(
                                                                        e.binary("thumbcache_256.db", Age.TODAY,
                                                                                1_048_576L
                                                                                        * (1 + e.prng("t").nextInt(24)),
                                                                                "CMMM"),
                                                                        e.binary("iconcache_32.db", Age.RECENT,
                                                                                1_048_576, "CMMM"))),
                                                        w.empty("INetCookies", Age.RECENT))))),
                                l.dir("Temp", Age.TODAY, t -> List.of(
                                        t.binary("~DF3A1B2C4D5E6F7A8B.TMP", Age.TODAY, 16_384, ""),
                                        t.text("chrome_installer.log", Age.RECENT,
                                                () -> "[0912/101522.123:INFO:installer.cc(321)] Installation complete.\n"))))),
                s.empty("LocalLow", Age.OLD),
                s.dir("Roaming", Age.RECENT, r -> List.of(r.dir("Microsoft", Age.RECENT, m -> List.of(
                        m.dir("Windows", Age.RECENT,
                                w -> List.of(
                                        w.dir("Recent", Age.TODAY,
                                                rec -> List.of(Win.lnk(rec, "Budget 2025.lnk", Age.RECENT),
                                                        Win.lnk(rec, "Documents.lnk", Age.TODAY))),
                                        w.dir("Start Menu", Age.OLD, st -> List.of(st.empty("Programs", Age.OLD))),
                                        w.empty("SendTo", Age.OLD), w.empty("Templates", Age.OLD),
                                        w.empty("Network Shortcuts", Age.OLD), w.empty("Printer Shortcuts", Age.OLD))),
                        m.dir("Signatures", Age.OLD, sig -> List.of(Win.crlf(sig, p.windowsUser() + ".txt", Age.OLD,
                                p.fullName() + "\n" + p.email(domain) + "\n"))))))));
    }

    private static List<Node> desktop(Scope s, String author) {
        return List.of(Win.desktopIni(s, Age.OLD, "-21769"),
                Win.crlf(s, "todo.txt", Age.TODAY,
                        "- call the bank\n- send the revised quote\n- book the team lunch\n"),
                Docs.of(s, "Quick notes.txt", Age.RECENT, author), Win.lnk(s, "Microsoft Edge.lnk", Age.OLD),
                Win.lnk(s, "Outlook.lnk", Age.OLD));
    }

    private static List<Node> documents(Scope s, String home, String author) {
        Prng prng = s.prng("documents");
        List<Node> list = new ArrayList<>();
        list.add(Win.desktopIni(s, Age.OLD, "-21770"));
        list.add(s.junction("My Music", Age.OLD, home + "/Music"));
        list.add(s.junction("My Pictures", Age.OLD, home + "/Pictures"));
        list.add(s.junction("My Videos", Age.OLD, home + "/Videos"));
        List<String> pool = new ArrayList<>(DOCUMENTS);
        int n = prng.between(6, 10);
        for (int i = 0; i < n; i++) {
            list.add(Docs.of(s, pool.remove(prng.nextInt(pool.size())), prng.pick(Age.RECENT, Age.MONTHS, Age.OLD),
                    author));
        }
        list.add(s.dir("Projects", Age.MONTHS, d -> ProjectDiary.entries(d, author)));
        return list;
    }

    private static List<Node> downloads(Scope s, String author) {
        Prng prng = s.prng("downloads");
        List<Node> list = new ArrayList<>();
        list.add(Win.desktopIni(s, Age.OLD, "-21798"));
        List<String> pool = new ArrayList<>(DOWNLOADS);
        int n = prng.between(3, 6);
        for (int i = 0; i < n; i++) {
            list.add(Docs.of(s, pool.remove(prng.nextInt(pool.size())), prng.pick(Age.RECENT, Age.MONTHS), author));
        }
        return list;
    }

    private static List<Node> pictures(Scope s) {
        Prng prng = s.prng("pictures");
        List<Node> list = new ArrayList<>();
        list.add(Win.desktopIni(s, Age.OLD, "-21779"));
        list.add(s.empty("Camera Roll", Age.OLD));
        list.add(s.empty("Saved Pictures", Age.OLD));
        int photos = prng.between(3, 6);
        for (int i = 0; i < photos; i++) {
            String name = "IMG_" + IMG.format(s.time("photo" + i, Age.MONTHS)) + ".jpg";
            list.add(Docs.of(s, name, Age.MONTHS, ""));
        }
        list.add(s.dir("Screenshots", Age.RECENT, d -> {
            List<Node> shots = new ArrayList<>();
            int count = d.prng("shots").between(2, 4);
            for (int i = 0; i < count; i++) {
                shots.add(Docs.of(d, "Screenshot " + SHOT.format(d.time("shot" + i, Age.RECENT)) + ".png", Age.RECENT,
                        ""));
            }
            return shots;
        }));
        return list;
    }
}
