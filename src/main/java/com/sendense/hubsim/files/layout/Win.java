package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Building blocks of Windows volumes: executables, shortcuts, desktop.ini files. */
final class Win {

    private static final String PE_MAGIC = "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00ff\u00ff\0\0";

    private Win() {}

    /** A PE executable or library of {@code minKb..maxKb} KiB. */
    static RegularFile pe(Scope s, String name, Age age, int minKb, int maxKb) {
        long size = 1024L * s.prng(name + "#size").between(minKb, maxKb) + s.prng(name + "#tail").nextInt(1024);
        return s.binary(name, age, size, PE_MAGIC);
    }

    /** A shell shortcut (.lnk); the header is the real one. */
    static RegularFile lnk(Scope s, String name, Age age) {
        return s.binary(name, age, 900 + s.prng(name).nextInt(1800),
                "L\0\0\0\u0001\u0014\u0002\0\0\0\0\0\u00c0\0\0\0\0\0\0F");
    }

    /** A registry hive ("regf"). */
    static RegularFile hive(Scope s, String name, Age age, long size) {
        return s.binary(name, age, size, "regf");
    }

    /** A desktop.ini as Explorer writes it: UTF-16LE with BOM, hidden system file. */
    static RegularFile desktopIni(Scope s, Age age, String resource) {
        String text = "\r\n[.ShellClassInfo]\r\nLocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll," + resource
                + "\r\n";
        return s.file("desktop.ini", age, Contents.bytes(() -> utf16(text)));
    }

    /** A text file with Windows line endings. */
    static RegularFile crlf(Scope s, String name, Age age, String text) {
        return s.text(name, age, () -> text.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    /** UTF-16LE with a byte order mark, as Windows writes "Unicode" text. */
    static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xfe);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /** A Windows security identifier for a machine, seeded. */
    static String machineSid(long seed) {
        long a = Math.floorMod(seed, 4_000_000_000L);
        long b = Math.floorMod(seed >>> 13, 4_000_000_000L);
        long c = Math.floorMod(seed >>> 29, 4_000_000_000L);
        return "S-1-5-21-" + a + "-" + b + "-" + c;
    }

    static java.util.List<Node> list(Node... nodes) {
        return java.util.List.of(nodes);
    }
}
