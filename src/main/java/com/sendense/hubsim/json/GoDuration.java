package com.sendense.hubsim.json;

import java.time.Duration;

/**
 * Go's {@code time.Duration} text: the hub writes {@code Duration.String()} into messages such as
 * {@code no telemetry for 5m12s}; the simulator's command line takes {@code time.ParseDuration} forms.
 */
public final class GoDuration {

    private GoDuration() {}

    /** {@code d.String()}: {@code 5m12s}, {@code 1h0m0s}, {@code 1.5s}, {@code 250ms}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos = saturatedNanos(d);
        boolean negative = nanos < 0;
        long u = Math.abs(nanos);
        StringBuilder out = new StringBuilder();
        if (u < 1_000_000_000L) {
            if (u == 0) {
                return "0s";
            }
            if (u < 1_000L) {
                out.append(u).append("ns");
            } else if (u < 1_000_000L) {
                out.append(fraction(u, 3)).append("µs");
            } else {
                out.append(fraction(u, 6)).append("ms");
            }
        } else {
            long seconds = u / 1_000_000_000L;
            String secs = fraction(u % 60_000_000_000L, 9);
            long minutes = seconds / 60;
            long hours = minutes / 60;
            if (hours > 0) {
                out.append(hours).append('h').append(minutes % 60).append('m');
            } else if (minutes > 0) {
                out.append(minutes).append('m');
            }
            out.append(secs).append('s');
        }
        return negative ? "-" + out : out.toString();
    }

    /** Go's {@code time.ParseDuration} for the common forms: {@code 300ms}, {@code 1.5h}, {@code 2m30s}. */
    public static Duration parse(String text) {
        String s = text.trim();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        double totalNanos = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            if (start == unitStart || unitStart == i) {
                throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
            }
            double value = Double.parseDouble(s.substring(start, unitStart));
            totalNanos += value * unitNanos(s.substring(unitStart, i), text);
        }
        long nanos = Math.round(totalNanos);
        return Duration.ofNanos(negative ? -nanos : nanos);
    }

    private static double unitNanos(String unit, String text) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs", "μs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default ->
                throw new IllegalArgumentException("time: unknown unit \"" + unit + "\" in duration \"" + text + "\"");
        };
    }

    /** Integer part of {@code v / 10^precision}, then the fraction without trailing zeros, as Go's fmtFrac does. */
    private static String fraction(long v, int precision) {
        long scale = (long) Math.pow(10, precision);
        long whole = v / scale;
        long frac = v % scale;
        if (frac == 0) {
            return Long.toString(whole);
        }
        String digits = String.format("%0" + precision + "d", frac);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }
}
