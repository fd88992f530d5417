package com.sendense.console.base;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way the console writes CSV (RFC 4180 through Apache Commons CSV: comma, CRLF, quotes
 * where needed) for every export.
 *
 * <p>Exports are opened by managers in spreadsheets, and many cells hold hub strings (VM names
 * from vCenter, error messages the hub got from unauthenticated telemetry). So every text cell
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice), whatever its column: a hub string that looks like {@code -1+cmd|...} in a numeric
 * column is still text. Only numbers the console itself passes as {@link Number} are written as
 * they are, so a negative number stays a number a spreadsheet can sum.
 */
public final class CsvWriter implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String TRIGGERS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer that appends to {@code out}; the caller owns {@code out} and closes it. */
    public static CsvWriter to(Appendable out) {
        return new CsvWriter(out);
    }

    /** Writes one record: {@code null} is an empty cell, numbers stay numbers, anything else is neutralised text. */
    public CsvWriter row(@Nullable Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<? extends @Nullable Object> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvWriter::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            default -> neutralise(value.toString());
        };
    }

    /** Prefixes text a spreadsheet would run as a formula with an apostrophe. */
    public static String neutralise(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
