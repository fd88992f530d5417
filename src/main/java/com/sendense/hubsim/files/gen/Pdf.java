package com.sendense.hubsim.files.gen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Small valid PDF 1.4 documents in Helvetica, with a correct cross-reference table. */
public final class Pdf {

    private static final int LINES_PER_PAGE = 48;
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private Pdf() {}

    /** 48 lines to a page. */
    public static byte[] text(String title, String author, Instant created, List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, lines.size()); i += LINES_PER_PAGE) {
            pages.add(lines.subList(Math.min(i, lines.size()), Math.min(lines.size(), i + LINES_PER_PAGE)));
        }
        List<String> objects = new ArrayList<>();
        int pageCount = pages.size();
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pageCount; p++) {
            kids.append(6 + p * 2).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + pageCount + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Title (" + string(title) + ") /Author (" + string(author)
                + ") /Producer (Microsoft: Print To PDF)" + " /CreationDate (D:" + PDF_DATE.format(created) + "Z) >>");
        for (int p = 0; p < pageCount; p++) {
            StringBuilder stream = new StringBuilder("BT\n");
            if (p == 0) {
                stream.append("/F2 16 Tf\n72 790 Td\n(").append(string(title)).append(") Tj\n/F1 10 Tf\n0 -28 Td\n");
            } else {
                stream.append("/F1 10 Tf\n72 790 Td\n");
            }
            for (String line : pages.get(p)) {
                stream.append("(").append(string(line)).append(") Tj\n0 -14 Td\n");
            }
            stream.append("ET\n");
            objects.add(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>"
                            + " /Contents " + (7 + p * 2) + " 0 R >>");
            objects.add("<< /Length " + latin1(stream.toString()).length + " >>\nstream\n" + stream + "endstream");
        }
        return assemble(objects, 5);
    }

    static byte[] assemble(List<String> objects, int infoObject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        out.writeBytes(new byte[]{'%', (byte) 0xe2, (byte) 0xe3, (byte) 0xcf, (byte) 0xd3, '\n'});
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R /Info ")
                .append(infoObject)
                .append(" 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** WinAnsi (Latin-1) with ( ) \ escaped, anything else as '?'. */
    static String string(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ')' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\u2013') {
                out.append('\u0096');
            } else if (c < 0x20 || c > 0xff) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(latin1(s));
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
