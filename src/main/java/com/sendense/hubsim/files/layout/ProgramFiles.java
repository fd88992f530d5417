package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.model.Node;
import java.util.List;

/** {@code Program Files}, {@code Program Files (x86)} and {@code ProgramData} with a few vendors. */
final class ProgramFiles {

    private ProgramFiles() {}

    static List<Node> programFiles(Scope s) {
        return List.of(
                s.dir("7-Zip", Age.OLD,
                        d -> List.of(Win.pe(d, "7z.dll", Age.OLD, 1700, 1800), Win.pe(d, "7z.exe", Age.OLD, 540, 560),
                                Win.pe(d, "7zFM.exe", Age.OLD, 940, 960),
                                Win.crlf(d, "License.txt", Age.OLD, SEVEN_ZIP_LICENSE),
                                Win.crlf(d, "readme.txt", Age.OLD,
                                        "7-Zip 23.01\n-----------\n\n7-Zip is a file archiver for Windows.\n"))),
                s.dir("Common Files", Age.MONTHS,
                        d -> List.of(
                                d.dir("microsoft shared", Age.MONTHS,
                                        m -> List.of(m.empty("ClickToRun", Age.MONTHS), m.empty("ink", Age.OLD))),
                                d.empty("System", Age.INSTALL))),
                s.dir("Internet Explorer", Age.MONTHS, d -> List.of(Win.pe(d, "iexplore.exe", Age.MONTHS, 800, 820))),
                s.dir("Microsoft Office", Age.MONTHS,
                        d -> List.of(d.dir("root", Age.MONTHS,
                                r -> List.of(r.dir("Office16", Age.MONTHS,
                                        o -> List.of(Win.pe(o, "EXCEL.EXE", Age.MONTHS, 60_000, 64_000),
                                                Win.pe(o, "OUTLOOK.EXE", Age.MONTHS, 40_000, 42_000),
                                                Win.pe(o, "POWERPNT.EXE", Age.MONTHS, 1_900, 2_000),
                                                Win.pe(o, "WINWORD.EXE", Age.MONTHS, 1_800, 1_900))))))),
                s.dir("Mozilla Firefox", Age.RECENT, d -> List.of(Win.crlf(d, "application.ini", Age.RECENT,
                        "[App]\nVendor=Mozilla\nName=Firefox\nRemotingName=firefox\nVersion=131.0.2\nBuildID=20241008172412\n"),
                        d.dir("defaults", Age.RECENT, df -> List.of(df.dir("pref", Age.RECENT, p -> List.of(p.text(
                                "channel-prefs.js", Age.RECENT,
                                () -> "//@line 6 \"$SRCDIR/browser/app/profile/channel-prefs.js\"\npref(\"app.update.channel\", \"release\");\n"))))),
                        Win.pe(d, "firefox.exe", Age.RECENT, 650, 680),
                        Win.pe(d, "xul.dll", Age.RECENT, 140_000, 150_000))),
                s.dir("Notepad++", Age.OLD, d -> List.of(Win.crlf(d, "change.log", Age.OLD,
                        "Notepad++ v8.6.9 bug-fixes and new features:\n\n 1. Fix regression of \"Find in files\" crash.\n"),
                        Win.crlf(d, "license.txt", Age.OLD,
                                "COPYING -- Describes the terms under which Notepad++ is distributed.\n"),
                        Win.pe(d, "notepad++.exe", Age.OLD, 6_500, 6_700))),
                s.dir("VMware", Age.OLD,
                        d -> List.of(d.dir("VMware Tools", Age.OLD,
                                t -> List.of(Win.pe(t, "VMwareToolboxCmd.exe", Age.OLD, 90, 100),
                                        Win.pe(t, "vmtoolsd.exe", Age.OLD, 95, 105))))),
                s.dir("Windows Defender", Age.RECENT,
                        d -> List.of(Win.pe(d, "MpCmdRun.exe", Age.RECENT, 1_400, 1_500),
                                Win.pe(d, "MsMpEng.exe", Age.RECENT, 120, 140))),
                s.dir("Windows NT", Age.INSTALL,
                        d -> List.of(d.dir("Accessories", Age.INSTALL,
                                a -> List.of(Win.pe(a, "wordpad.exe", Age.INSTALL, 6_300, 6_400))))),
                s.empty("WindowsApps", Age.MONTHS), Win.desktopIni(s, Age.INSTALL, "-21781"));
    }

    static List<Node> programFilesX86(Scope s) {
        return List.of(
                s.dir("Adobe", Age.MONTHS,
                        d -> List.of(d.dir("Acrobat Reader DC", Age.MONTHS,
                                a -> List.of(a.dir("Reader", Age.MONTHS,
                                        r -> List.of(Win.pe(r, "AcroRd32.exe", Age.MONTHS, 3_600, 3_800))))))),
                s.empty("Common Files", Age.INSTALL),
                s.dir("Google", Age.RECENT,
                        d -> List.of(d.dir("Chrome", Age.RECENT,
                                c -> List.of(c.dir("Application", Age.RECENT, a -> List.of(
                                        a.dir("129.0.6668.90", Age.RECENT,
                                                v -> List.of(Win.pe(v, "chrome.dll", Age.RECENT, 250_000, 260_000),
                                                        Win.pe(v, "chrome_elf.dll", Age.RECENT, 1_500, 1_600))),
                                        Win.pe(a, "chrome.exe", Age.RECENT, 2_900, 3_000))))))),
                s.dir("Microsoft", Age.RECENT,
                        d -> List.of(d.dir("Edge", Age.RECENT,
                                e -> List.of(e.dir("Application", Age.RECENT,
                                        a -> List.of(Win.pe(a, "msedge.exe", Age.RECENT, 3_900, 4_100))))))),
                Win.desktopIni(s, Age.INSTALL, "-21817"));
    }

    static List<Node> programData(Scope s) {
        return List.of(
                s.dir("Microsoft", Age.RECENT, d -> List.of(
                        d.dir("Search", Age.RECENT,
                                se -> List.of(se.dir("Data", Age.RECENT,
                                        da -> List.of(da.dir("Applications", Age.RECENT,
                                                ap -> List.of(ap.dir("Windows", Age.TODAY,
                                                        w -> List.of(w.binary("Windows.edb", Age.TODAY, 209_715_200,
                                                                "\0\0\0\0\u00ef\u00cd\u00ab\u0089"))))))))),
                        d.dir("Windows", Age.MONTHS,
                                w -> List
                                        .of(w.dir("Start Menu", Age.MONTHS,
                                                st -> List.of(st.dir("Programs", Age.MONTHS,
                                                        p -> List.of(
                                                                p.dir("7-Zip", Age.OLD,
                                                                        z -> List.of(Win.lnk(z,
                                                                                "7-Zip File Manager.lnk", Age.OLD))),
                                                                Win.lnk(p, "Excel.lnk", Age.MONTHS),
                                                                Win.lnk(p, "Firefox.lnk", Age.RECENT),
                                                                Win.lnk(p, "Google Chrome.lnk", Age.RECENT),
                                                                Win.lnk(p, "Outlook.lnk", Age.MONTHS),
                                                                Win.lnk(p, "Word.lnk", Age.MONTHS))))))),
                        d.dir("Windows Defender", Age.TODAY, w -> List.of(w.dir("Scans", Age.TODAY,
                                sc -> List.of(sc.binary("mpcache-1A2B3C4D5E6F.bin", Age.TODAY, 3_145_728, ""))))))),
                s.empty("Package Cache", Age.MONTHS),
                s.dir("VMware", Age.OLD, d -> List.of(d.dir("VMware Tools", Age.OLD, t -> List.of(Win.crlf(t,
                        "tools.conf", Age.OLD,
                        "[logging]\nlog = true\nvmtoolsd.level = message\n\n[guestinfo]\npoll-interval = 30\n"))))),
                s.empty("regid.1991-06.com.microsoft", Age.INSTALL));
    }

    private static final String SEVEN_ZIP_LICENSE = "  7-Zip source code\n  ~~~~~~~~~~~~~~~~~\n  License for use and distribution\n"
            + "  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n  7-Zip Copyright (C) 1999-2023 Igor Pavlov.\n\n"
            + "  The licenses for files are:\n\n    - 7z.dll:\n         - The \"GNU LGPL\" as main license for most of the code\n"
            + "         - The \"GNU LGPL\" with \"unRAR license restriction\" for some code\n";
}
