package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.model.Node;
import java.util.List;

/** The Windows Recovery Environment folder: ReAgent.xml, boot.sdi and winre.wim. */
final class WindowsRecovery {

    private WindowsRecovery() {}

    /** The entries of a {@code Recovery} folder. */
    static List<Node> recoveryFolder(Scope s, long wimSize) {
        return List.of(s.dir("WindowsRE", Age.MONTHS, re -> List.of(
                Win.crlf(re, "ReAgent.xml", Age.MONTHS, reAgent(re.prng("ReAgent.xml").nextLong())),
                re.file("boot.sdi", Age.INSTALL,
                        Contents.random(3_170_304, re.seed("boot.sdi"), Contents.magic("$SDI0001"))),
                re.file("winre.wim", Age.OLD,
                        Contents.random(wimSize, re.seed("winre.wim"), Contents.magic("MSWIM\0\0\0\u00d0\0\0\0"))))));
    }

    private static String reAgent(long seed) {
        String guid = String.format("{%08x-%04x-%04x-%04x-%012x}", seed >>> 32, (seed >>> 16) & 0xffff,
                0x4000 | (seed & 0x0fff), 0x8000 | ((seed >>> 20) & 0x3fff), (seed >>> 8) & 0xffffffffffffL);
        String zero = "{00000000-0000-0000-0000-000000000000}";
        return "<?xml version='1.0' encoding='utf-8'?>\n\n<WindowsRE version=\"2.0\">\n" + "  <WinreBCD id=\"" + guid
                + "\"/>\n" + "  <WinreLocation path=\"\\Recovery\\WindowsRE\" id=\"0\" offset=\"1048576\" guid=\""
                + zero + "\"/>\n" + "  <ImageLocation path=\"\" id=\"0\" offset=\"0\" guid=\"" + zero + "\"/>\n"
                + "  <PBRImageLocation path=\"\" id=\"0\" offset=\"0\" guid=\"" + zero + "\" index=\"0\"/>\n"
                + "  <PBRCustomImageLocation path=\"\" id=\"0\" offset=\"0\" guid=\"" + zero + "\" index=\"0\"/>\n"
                + "  <InstallState state=\"1\"/>\n  <OsInstallAvailable state=\"0\"/>\n  <CustomImageAvailable state=\"0\"/>\n"
                + "  <IsAutoRepairOn state=\"1\"/>\n  <WinREStaged state=\"0\"/>\n  <OperationParam path=\"\"/>\n"
                + "  <OperationPermanent state=\"0\"/>\n  <OsBuildVersion path=\"19041.1.amd64fre.vb_release.191206-1406\"/>\n"
                + "  <OemTool state=\"0\"/>\n  <IsServer state=\"0\"/>\n"
                + "  <DownlevelWinreLocation path=\"\" id=\"0\" offset=\"0\" guid=\"" + zero + "\"/>\n"
                + "  <IsWimBoot state=\"0\"/>\n  <NarratorScheduled state=\"0\"/>\n  <ScheduledOperation state=\"4\"/>\n"
                + "</WindowsRE>\n";
    }
}
