package com.sendense.console.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.BadInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    static String csv(Object... cells) {
        var out = new StringBuilder();
        CsvWriter.to(out).row(cells);
        return out.toString();
    }

    @Test
    void plain_fields_stay_as_they_are_and_records_end_with_crlf() {
        assertThat(csv("backup-pgtest1-1759947871", "web-01")).isEqualTo("backup-pgtest1-1759947871,web-01\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(csv("x", "a,b")).isEqualTo("x,\"a,b\"\r\n");
        assertThat(csv("x", "say \"no\"")).isEqualTo("x,\"say \"\"no\"\"\"\r\n");
        assertThat(csv("x", "line1\nline2")).isEqualTo("x,\"line1\nline2\"\r\n");
    }

    @ParameterizedTest
    @BadInput("csv formula")
    @ValueSource(strings = {"=SUM(A1)", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1",
            "=HYPERLINK(\"http://evil\",\"x\")"})
    void a_text_cell_a_spreadsheet_would_run_gets_an_apostrophe(String hostile) {
        assertThat(CsvWriter.cell(hostile)).isEqualTo("'" + hostile);
    }

    @Test
    @BadInput("csv formula")
    void a_hub_string_that_looks_like_a_negative_number_is_still_text_but_the_consoles_numbers_stay_numbers() {
        assertThat(csv("-12.5", -12.5, -3L, new BigDecimal("-0.5"), null)).isEqualTo("'-12.5,-12.5,-3,-0.5,\r\n");
    }
}
