package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.LinesContent;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Node;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code C:\Windows}: System32 with real-looking config files, logs, fonts, registry hives and event logs. */
final class WindowsFolder {

    private static final DateTimeFormatter CBS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WindowsFolder() {}

    static List<Node> windows(Scope s, Instant capturedAt, ZoneId zone) {
        return List.of(s.dir("Fonts", Age.OLD, WindowsFolder::fonts),
                s.dir("INF", Age.MONTHS, d -> List.of(d.file("setupapi.dev.log", Age.RECENT,
                        log(d, "setupapi", 4000, capturedAt, zone, WindowsFolder::setupApiLine)))),
                s.dir("Logs", Age.RECENT,
                        d -> List.of(
                                d.dir("CBS", Age.RECENT,
                                        c -> List.of(c.file("CBS.log", Age.TODAY,
                                                log(c, "cbs", 20_000, capturedAt, zone, WindowsFolder::cbsLine)))),
                                d.dir("DISM", Age.MONTHS,
                                        c -> List.of(c.file("dism.log", Age.MONTHS,
                                                log(c, "dism", 3000, capturedAt.minusSeconds(20 * 86_400), zone,
                                                        WindowsFolder::dismLine)))),
                                d.dir("WindowsUpdate", Age.RECENT,
                                        c -> List.of(
                                                c.binary("WindowsUpdate.20250912.101522.123.1.etl", Age.RECENT, 65_536,
                                                        "\u0002\0\0\0"),
                                                c.binary("WindowsUpdate.20250913.083011.456.1.etl", Age.RECENT, 131_072,
                                                        "\u0002\0\0\0"))))),
                s.dir("Panther", Age.INSTALL, d -> List.of(Win.crlf(d, "setupact.log", Age.INSTALL,
                        "2023-01-10 10:12:44, Info                  [0x0640b5] IBS    Callback_BootEnvironmentDetect:FirmwareType 1.\n"
                                + "2023-01-10 10:12:44, Info                  [0x0640b5] IBS    Callback_BootEnvironmentDetect: Detected boot environment: BIOS\n"))),
                s.dir("Prefetch", Age.TODAY,
                        d -> List.of(d.binary("CHROME.EXE-A1B2C3D4.pf", Age.TODAY, 48_000, "MAM\u0004"),
                                d.binary("EXPLORER.EXE-9F8E7D6C.pf", Age.TODAY, 96_000, "MAM\u0004"),
                                d.binary("WINWORD.EXE-1A2B3C4D.pf", Age.RECENT, 64_000, "MAM\u0004"))),
                s.dir("SoftwareDistribution", Age.RECENT,
                        d -> List.of(
                                d.dir("DataStore", Age.RECENT,
                                        ds -> List.of(ds.binary("DataStore.edb", Age.RECENT, 83_886_080,
                                                "\0\0\0\0\u00ef\u00cd\u00ab\u0089"))),
                                d.empty("Download", Age.RECENT))),
                s.dir("System32", Age.MONTHS, WindowsFolder::system32),
                s.dir("SysWOW64", Age.MONTHS,
                        d -> List.of(Win.pe(d, "cmd.exe", Age.MONTHS, 230, 240),
                                Win.pe(d, "kernel32.dll", Age.MONTHS, 640, 660),
                                Win.pe(d, "notepad.exe", Age.MONTHS, 190, 200))),
                s.dir("Temp", Age.TODAY, d -> List.of(d.text("MpCmdRun.log", Age.TODAY,
                        () -> "MpCmdRun: Command Line: \"C:\\Program Files\\Windows Defender\\MpCmdRun.exe\" -wdenable\r\n"),
                        d.binary("vminst.log", Age.OLD, 12_000, ""))),
                s.dir("Web", Age.INSTALL,
                        d -> List.of(d.dir("Wallpaper", Age.INSTALL,
                                w -> List.of(w.dir("Windows", Age.INSTALL,
                                        win -> List.of(Docs.of(win, "img0.jpg", Age.INSTALL, ""))))))),
                s.dir("WinSxS", Age.MONTHS, d -> List.of(d.empty(
                        "amd64_microsoft-windows-notepad_31bf3856ad364e35_10.0.19041.3636_none_0a1b2c3d4e5f6a7b",
                        Age.MONTHS), d.empty("Backup", Age.MONTHS), d.empty("Catalogs", Age.MONTHS),
                        d.empty("Manifests", Age.MONTHS), d.binary("pending.xml", Age.RECENT, 0, ""))),
                Win.pe(s, "HelpPane.exe", Age.MONTHS, 1000, 1100), Win.pe(s, "bfsvc.exe", Age.MONTHS, 90, 100),
                Win.pe(s, "explorer.exe", Age.MONTHS, 4800, 5200), Win.pe(s, "notepad.exe", Age.MONTHS, 200, 210),
                Win.pe(s, "regedit.exe", Age.MONTHS, 350, 370), Win.pe(s, "splwow64.exe", Age.MONTHS, 150, 170),
                Win.crlf(s, "system.ini", Age.INSTALL,
                        "; for 16-bit app support\n[386Enh]\nwoafont=dosapp.fon\n"
                                + "EGA80WOA.FON=EGA80WOA.FON\nEGA40WOA.FON=EGA40WOA.FON\nCGA80WOA.FON=CGA80WOA.FON\n"
                                + "CGA40WOA.FON=CGA40WOA.FON\n\n[drivers]\nwave=mmdrv.dll\ntimer=timer.drv\n\n[mci]\n"),
                Win.crlf(s, "win.ini", Age.INSTALL,
                        "; for 16-bit app support\n[fonts]\n[extensions]\n[mci extensions]\n[files]\n[Mail]\nMAPI=1\n"),
                Win.pe(s, "write.exe", Age.INSTALL, 10, 12));
    }

    private static List<Node> system32(Scope s) {
        return List.of(s.dir("config", Age.TODAY,
                c -> List.of(Win.hive(c, "DEFAULT", Age.TODAY, 524_288), c.empty("RegBack", Age.OLD),
                        Win.hive(c, "SAM", Age.RECENT, 65_536), Win.hive(c, "SECURITY", Age.RECENT, 65_536),
                        Win.hive(c, "SOFTWARE", Age.TODAY, 83_886_080), Win.hive(c, "SYSTEM", Age.TODAY, 18_874_368))),
                s.dir("drivers", Age.MONTHS, d -> List.of(d.dir("etc", Age.INSTALL, e -> List.of(
                        Win.crlf(e, "hosts", Age.INSTALL, HOSTS),
                        Win.crlf(e, "lmhosts.sam", Age.INSTALL,
                                "# This is a sample LMHOSTS file used by the Microsoft TCP/IP for Windows.\n"),
                        Win.crlf(e, "networks", Age.INSTALL,
                                "# Copyright (c) 1993-1999 Microsoft Corp.\n\nloopback                 127\ncampus                   284\n"),
                        Win.crlf(e, "protocol", Age.INSTALL,
                                "ip       0     IP             # Internet protocol\nicmp     1     ICMP           # Internet control message protocol\ntcp      6     TCP            # Transmission control protocol\nudp      17    UDP            # User datagram protocol\n"),
                        Win.crlf(e, "services", Age.INSTALL,
                                "echo                7/tcp\nftp                21/tcp                           #FTP, control\nssh                22/tcp                           #SSH Remote Login Protocol\nhttp               80/tcp    www www-http           #World Wide Web\nhttps             443/tcp    MCom                   #HTTP over TLS/SSL\n"))),
                        Win.pe(d, "ntfs.sys", Age.MONTHS, 2700, 2900), Win.pe(d, "tcpip.sys", Age.MONTHS, 3100, 3300),
                        Win.pe(d, "vmxnet3.sys", Age.OLD, 90, 110))),
                s.dir("winevt", Age.INSTALL, w -> List.of(w.dir("Logs", Age.TODAY,
                        l -> List.of(l.binary("Application.evtx", Age.TODAY, 20_975_616, "ElfFile\0"),
                                l.binary("Microsoft-Windows-PowerShell%4Operational.evtx", Age.RECENT, 15_732_736,
                                        "ElfFile\0"),
                                l.binary("Security.evtx", Age.TODAY, 20_975_616, "ElfFile\0"),
                                l.binary("Setup.evtx", Age.MONTHS, 1_118_208, "ElfFile\0"),
                                l.binary("System.evtx", Age.TODAY, 20_975_616, "ElfFile\0"))))),
                Win.pe(s, "cmd.exe", Age.MONTHS, 280, 290), Win.pe(s, "kernel32.dll", Age.MONTHS, 760, 780),
                Win.pe(s, "notepad.exe", Age.MONTHS, 195, 200), Win.pe(s, "ntdll.dll", Age.MONTHS, 1990, 2010),
                Win.pe(s, "ntoskrnl.exe", Age.MONTHS, 10_500, 11_000), Win.pe(s, "svchost.exe", Age.MONTHS, 55, 60));
    }

    private static List<Node> fonts(Scope s) {
        String ttf = "\0\u0001\0\0\0\u0016\u0001\0\0\u0004\0`DSIG";
        return List.of(s.binary("arial.ttf", Age.OLD, 1_036_584, ttf), s.binary("arialbd.ttf", Age.OLD, 980_756, ttf),
                s.binary("calibri.ttf", Age.OLD, 1_676_856, ttf), s.binary("consola.ttf", Age.OLD, 459_180, ttf),
                s.binary("segoeui.ttf", Age.OLD, 979_112, ttf), s.binary("times.ttf", Age.OLD, 1_206_516, ttf));
    }

    private static final String HOSTS = "# Copyright (c) 1993-2009 Microsoft Corp.\n#\n"
            + "# This is a sample HOSTS file used by Microsoft TCP/IP for Windows.\n#\n"
            + "# This file contains the mappings of IP addresses to host names. Each\n"
            + "# entry should be kept on an individual line. The IP address should\n"
            + "# be placed in the first column followed by the corresponding host name.\n#\n"
            + "# localhost name resolution is handled within DNS itself.\n"
            + "#\t127.0.0.1       localhost\n#\t::1             localhost\n"
            + "10.20.0.15\tfileserver01.corp.local fileserver01\n";

    /** A log file whose lines run up to {@code end}. */
    static LinesContent log(Scope s, String name, int lines, Instant end, ZoneId zone, LineFormat format) {
        long seed = s.seed(name);
        long span = 14L * 86_400;
        return new LinesContent(lines, i -> {
            Prng prng = new Prng(Prng.mix(seed + i));
            Instant t = end.minusSeconds(span - span * i / lines);
            return format.line(t.atZone(zone).toLocalDateTime().format(CBS), prng, i);
        });
    }

    /** Formats line {@code i} of a log, stamped {@code time}. */
    interface LineFormat {

        String line(String time, Prng prng, int i);
    }

    private static String cbsLine(String time, Prng prng, int i) {
        String pkg = prng.pick("Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.4894.1.10",
                "Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~en-GB~10.0.19041.1");
        return time + ", Info                  CBS    " + prng.pick(
                "Exec: Processing complete, session(Corelation): 31115210_" + (1000 + i) + ", hr: 0x0",
                "Appl: detect Parent, Package: " + pkg
                        + ", Parent: Microsoft-Windows-Foundation-Package, Intended State: Installed",
                "Session: 31115210_" + (1000 + i)
                        + " initialized by client WindowsUpdateAgent, external staging directory: (null)",
                "Reboot mark cleared",
                "Loaded Servicing Stack v10.0.19041.4765 with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack\\cbscore.dll");
    }

    private static String dismLine(String time, Prng prng, int i) {
        return time + ", Info                  DISM   DISM Provider Store: PID=" + (4000 + prng.nextInt(4000)) + " TID="
                + (4000 + prng.nextInt(4000)) + " "
                + prng.pick(
                        "Getting the collection of providers from a local provider store type. - CDISMProviderStore::GetProviderCollection",
                        "Provider has not previously been encountered.  Attempting to initialize the provider. - CDISMProviderStore::Internal_GetProvider",
                        "Loading Provider from location C:\\Windows\\System32\\Dism\\FolderProvider.dll - CDISMProviderStore::Internal_GetProvider");
    }

    private static String setupApiLine(String time, Prng prng, int i) {
        return prng.pick(">>>  [Device Install (Hardware initiated) - SWD\\WPDBUSENUM\\_??_USBSTOR#Disk]",
                ">>>  Section start " + time.replace('-', '/') + ".123",
                "     dvi: {Build Driver List} " + time.substring(11),
                "     ndv: Driver package 'C:\\Windows\\System32\\DriverStore\\FileRepository\\vmxnet3.inf_amd64_1a2b3c4d5e6f7a8b\\vmxnet3.inf' is already imported.",
                "<<<  Section end " + time.replace('-', '/') + ".456", "<<<  [Exit status: SUCCESS]");
    }
}
