package com.sendense.hubsim.files.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One partition as {@code lsblk -rno NAME,SIZE,FSTYPE,LABEL} lists it; {@code device} is the suffix
 * ({@code p1} → {@code /dev/nbd0p1}), {@code root} is null where {@code mount} would fail (LVM, swap).
 */
public record Partition(String device, long bytes, String fsType, String label, @Nullable Directory root) {

    private static final long MIB = 1024 * 1024;

    /** The hub skips partitions under 1 MiB (by lsblk's rounded size) and those whose mount fails. */
    public boolean mountable() {
        return root != null && reportedSize() >= MIB;
    }

    /** util-linux {@code size_to_human_string}, e.g. {@code 101.4G}. */
    public String lsblkSize() {
        return humanSize(bytes);
    }

    /** lsblk's rounded SIZE parsed back, as the hub stores it: 101.4G is {@code 108877420953} bytes. */
    public long reportedSize() {
        String human = lsblkSize();
        char unit = human.charAt(human.length() - 1);
        String number = Character.isDigit(unit) ? human : human.substring(0, human.length() - 1);
        int exp = "BKMGTPE".indexOf(unit);
        return (long) (Double.parseDouble(number) * Math.pow(1024, Math.max(exp, 0)));
    }

    /** As {@code lsblk -r} prints it: spaces, backslashes and non-ASCII bytes as {@code \xNN}. */
    public String escapedLabel() {
        StringBuilder out = new StringBuilder();
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c == '\\' || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    public String folderName(int k) {
        String name = label.isEmpty() ? "Partition " + k : "Partition " + k + " - " + escapedLabel();
        return name + " (" + formatBytes(reportedSize()) + ")";
    }

    /** The hub's {@code formatBytes}: 1024-based, Go's {@code %.1f} rounding. */
    static String formatBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        long div = 1024;
        int exp = 0;
        for (long n = bytes / 1024; n >= 1024; n /= 1024) {
            div *= 1024;
            exp++;
        }
        BigDecimal value = new BigDecimal((double) bytes / (double) div).setScale(1, RoundingMode.HALF_EVEN);
        return value.toPlainString() + " " + "KMGT".charAt(exp) + "B";
    }

    static String humanSize(long bytes) {
        int exp = 0;
        for (int shift = 10; shift <= 60; shift += 10) {
            if (Long.compareUnsigned(bytes, 1L << shift) < 0) {
                break;
            }
            exp = shift;
        }
        char letter = "BKMGTPE".charAt(exp / 10);
        long whole = exp == 0 ? bytes : bytes >>> exp;
        long frac = exp == 0 ? 0 : bytes & ((1L << exp) - 1);
        if (frac != 0) {
            frac = exp >= 60 ? ((frac / 1024) * 1000) >>> (exp - 10) : (frac * 1000) >>> exp;
            frac = (frac + 50) / 100;
            if (frac == 10) {
                whole++;
                frac = 0;
            }
        }
        return frac != 0 ? whole + "." + frac + letter : String.valueOf(whole) + letter;
    }
}
