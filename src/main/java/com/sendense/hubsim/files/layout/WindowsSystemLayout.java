package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Ooxml;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.LazyDirectory;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.Partition;
import java.util.ArrayList;
import java.util.List;

/**
 * A Windows 10 system disk (BIOS/MBR): System Reserved, the C: volume and a recovery partition.
 */
final class WindowsSystemLayout {

    private static final long MIB = 1024 * 1024;

    private WindowsSystemLayout() {}

    static List<Partition> partitions(TreeContext ntfs, long diskBytes) {
        long reserved = 500 * MIB;
        long recovery = 529 * MIB;
        long main = Math.max(2048 * MIB, diskBytes - reserved - recovery - 2 * MIB);
        Prng prng = new Prng(ntfs.seed());
        List<Person> people = People.pick(prng, prng.between(3, 5));
        String domain = People.domain(ntfs.seed());
        return List.of(
                new Partition("p1", reserved, "ntfs", "System Reserved",
                        root(ntfs, "reserved", WindowsSystemLayout::systemReserved)),
                new Partition("p2", main, "ntfs", "", root(ntfs, "c", s -> cVolume(s, people, domain))),
                new Partition("p3", recovery, "ntfs", "", root(ntfs, "recovery",
                        s -> List.of(s.dir("Recovery", Age.OLD, r -> WindowsRecovery.recoveryFolder(r, 553_412_608L)),
                                s.dir("System Volume Information", Age.OLD,
                                        v -> List.of(v.binary("tracking.log", Age.OLD, 20_480, "")))))));
    }

    /** The root directory of a partition; {@code key} keeps the partitions' seeds apart. */
    static Directory root(TreeContext context, String key, java.util.function.Function<Scope, List<Node>> entries) {
        Scope scope = new Scope(
                new TreeContext(Prng.derive(context.seed(), key), context.capturedAt(), context.fs(), context.zone()),
                "");
        FsKind fs = context.fs();
        return new LazyDirectory("/", scope.time("/", Age.RECENT), fs.directoryMode(), fs, () -> entries.apply(scope));
    }

    private static List<Node> systemReserved(Scope s) {
        return List.of(
                s.dir("Boot", Age.MONTHS,
                        b -> List.of(Win.hive(b, "BCD", Age.RECENT, 32_768),
                                b.binary("BCD.LOG", Age.RECENT, 28_672, ""),
                                b.dir("Fonts", Age.INSTALL,
                                        f -> List.of(f.binary("chs_boot.ttf", Age.INSTALL, 3_694_080, "\0\u0001\0\0"),
                                                f.binary("segmono_boot.ttf", Age.INSTALL, 42_284, "\0\u0001\0\0"),
                                                f.binary("wgl4_boot.ttf", Age.INSTALL, 47_452, "\0\u0001\0\0"))),
                                b.dir("en-GB", Age.INSTALL,
                                        e -> List.of(Win.pe(e, "bootmgr.exe.mui", Age.INSTALL, 76, 78))),
                                b.dir("en-US", Age.INSTALL,
                                        e -> List.of(Win.pe(e, "bootmgr.exe.mui", Age.INSTALL, 76, 78),
                                                Win.pe(e, "memtest.exe.mui", Age.INSTALL, 41, 43))),
                                b.binary("bootstat.dat", Age.TODAY, 65_536, ""),
                                Win.pe(b, "memtest.exe", Age.INSTALL, 1_520, 1_540))),
                s.binary("BOOTNXT", Age.INSTALL, 1, ""),
                s.dir("System Volume Information", Age.INSTALL,
                        v -> List.of(v.binary("WPSettings.dat", Age.INSTALL, 12, ""))),
                s.binary("bootmgr", Age.MONTHS, 413_738, "\u00e9\u0000\u0000NTFS"));
    }

    private static List<Node> cVolume(Scope s, List<Person> people, String domain) {
        String sid = Win.machineSid(s.seed("sid"));
        List<Node> list = new ArrayList<>();
        list.add(s.dir("$Recycle.Bin", Age.OLD, r -> recycleBin(r, sid, people)));
        list.add(s.junction("Documents and Settings", Age.INSTALL, "/Users"));
        list.add(s.binary("DumpStack.log.tmp", Age.BOOT, 8_192, "DMP\u0000"));
        list.add(s.empty("PerfLogs", Age.INSTALL));
        list.add(s.dir("Program Files", Age.MONTHS, ProgramFiles::programFiles));
        list.add(s.dir("Program Files (x86)", Age.MONTHS, ProgramFiles::programFilesX86));
        list.add(s.dir("ProgramData", Age.MONTHS, ProgramFiles::programData));
        list.add(s.dir("Recovery", Age.OLD, r -> WindowsRecovery.recoveryFolder(r, 505_453_500L)));
        list.add(s.dir("System Volume Information", Age.TODAY,
                v -> List.of(v.binary("IndexerVolumeGuid", Age.INSTALL, 76, "\u00ff\u00fe{"),
                        v.binary("WPSettings.dat", Age.INSTALL, 12, ""),
                        v.binary("tracking.log", Age.RECENT, 20_480, ""),
                        v.file("{3808876b-c176-4e48-b7ae-04046e6cc752}", Age.TODAY, Contents.sparse(268_435_456,
                                v.seed("vss"), Contents.magic("\u006b\u0087\u0008\u0038"), 0.3)))));
        list.add(s.dir("Users", Age.RECENT, u -> WindowsProfiles.users(u, people, domain)));
        list.add(s.dir("Windows", Age.MONTHS,
                w -> WindowsFolder.windows(w, s.context().capturedAt(), s.context().zone())));
        list.add(s.file("hiberfil.sys", Age.BOOT,
                Contents.sparse(6_815_744_000L, s.seed("hiberfil"), Contents.magic("HIBR"), 0.25)));
        list.add(s.file("pagefile.sys", Age.BOOT,
                Contents.sparse(3_221_225_472L, s.seed("pagefile"), new byte[0], 0.1)));
        list.add(s.file("swapfile.sys", Age.BOOT, Contents.sparse(16_777_216, s.seed("swapfile"), new byte[0], 0.1)));
        return list;
    }

    private static List<Node> recycleBin(Scope s, String sid, List<Person> people) {
        List<Node> list = new ArrayList<>();
        list.add(s.dir(sid + "-500", Age.INSTALL, d -> List.of(Win.desktopIni(d, Age.INSTALL, "-8964"))));
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            boolean deleted = i == 0;
            list.add(s.dir(sid + "-" + (1001 + i), Age.RECENT,
                    d -> deleted
                            ? List.of(Win.desktopIni(d, Age.OLD, "-8964"),
                                    d.binary("$I7K2QFX.docx", Age.RECENT, 544, "\u0002\0\0\0\0\0\0\0"),
                                    d.file("$R7K2QFX.docx", Age.RECENT,
                                            Contents.bytes(() -> Ooxml.docx("Salary review draft", p.fullName(),
                                                    s.context().capturedAt().minusSeconds(864_000),
                                                    Prose.paragraphs(new Prng(d.seed("deleted")), 4)))))
                            : List.of(Win.desktopIni(d, Age.OLD, "-8964"))));
        }
        return list;
    }
}
