package com.sendense.hubsim.files.gen;

import com.sendense.hubsim.files.model.Content;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;

/**
 * A scanned page: one uncompressed grey image generated row by row while streaming, so 100,000 of
 * these cost nothing until read and the length is known without the pixels.
 */
public final class ScanPdfContent implements Content {

    private static final int WIDTH = 240;
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final String title;
    private final Instant scanned;
    private final long seed;
    private final int height;

    public ScanPdfContent(String title, Instant scanned, long seed) {
        this.title = title;
        this.scanned = scanned;
        this.seed = seed;
        this.height = 300 + (int) Long.remainderUnsigned(seed, 60);
    }

    @Override
    public long length() {
        return prefix().length + (long) WIDTH * height + suffix().length;
    }

    @Override
    public InputStream open() {
        return new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(prefix()), new Pixels(), new ByteArrayInputStream(suffix()))));
    }

    private byte[] prefix() {
        return (header() + object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                + object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                + object(3,
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
                + object(4, "<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\n\nendstream")
                + "5 0 obj\n<< /Type /XObject /Subtype /Image /Width " + WIDTH + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + (WIDTH * height) + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] suffix() {
        String[] objects = objectsBefore();
        long payloadEnd = prefix().length + (long) WIDTH * height;
        String tail = "\nendstream\nendobj\n";
        long infoOffset = payloadEnd + tail.length();
        String info = "6 0 obj\n<< /Title (" + Pdf.string(title)
                + ") /Producer (Canon iR-ADV C5535 PDF) /CreationDate (D:" + PDF_DATE.format(scanned)
                + "Z) >>\nendobj\n";
        long xref = infoOffset + info.length();
        StringBuilder table = new StringBuilder("xref\n0 7\n0000000000 65535 f \n");
        long offset = header().length();
        for (String object : objects) {
            table.append(String.format("%010d 00000 n \n", offset));
            offset += object.length();
        }
        table.append(String.format("%010d 00000 n \n", infoOffset));
        table.append("trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return (tail + info + table).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The image object's length is its header's. */
    private String[] objectsBefore() {
        String o1 = object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        String o2 = object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        String o3 = object(3,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>");
        String o4 = object(4, "<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\n\nendstream");
        return new String[]{o1, o2, o3, o4, "5"};
    }

    private static String header() {
        return "%PDF-1.4\n";
    }

    private static String object(int number, String body) {
        return number + " 0 obj\n" + body + "\nendobj\n";
    }

    private final class Pixels extends InputStream {

        private final byte[] row = new byte[WIDTH];
        private int y;
        private int x = WIDTH;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (x == WIDTH) {
                if (y == height) {
                    return -1;
                }
                fillRow(y++);
                x = 0;
            }
            int n = Math.min(len, WIDTH - x);
            System.arraycopy(row, x, b, off, n);
            x += n;
            return n;
        }

        private void fillRow(int rowIndex) {
            int line = (rowIndex - 24) / 9;
            boolean ink = rowIndex >= 24 && rowIndex < height - 30 && (rowIndex - 24) % 9 >= 2
                    && (rowIndex - 24) % 9 <= 5;
            Prng noise = new Prng(Prng.mix(seed + rowIndex));
            Prng words = new Prng(Prng.mix(seed ^ (line * 0x9E3779B97F4A7C15L)));
            int lineEnd = 200 + words.nextInt(20);
            int wordEnd = 0;
            boolean inWord = false;
            for (int col = 0; col < WIDTH; col++) {
                if (col >= wordEnd) {
                    inWord = !inWord;
                    wordEnd = col + (inWord ? words.between(6, 28) : words.between(3, 5));
                }
                int value = 242 + noise.nextInt(12);
                if (ink && inWord && col >= 20 && col < lineEnd && noise.nextInt(4) != 0) {
                    value = 40 + noise.nextInt(50);
                }
                row[col] = (byte) value;
            }
        }
    }
}
