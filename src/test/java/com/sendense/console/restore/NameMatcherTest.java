package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.BadInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"forecast|Q3-Forecast.xlsx|true", "FORECAST|q3-forecast.xlsx|true",
            "resume|Résumé.docx|true", "Résumé|RESUME.DOCX|true", "ångström|Angstrom notes.txt|true",
            "cafe|CAFÉ menu.pdf|true", "q3*.xlsx|Q3-Forecast.xlsx|true", "q3*.xlsx|Q3-Forecast.xlsx.bak|false",
            "*.xlsx|Q3-Forecast.xlsx|true", "q?-*|Q3-Forecast.xlsx|true", "q?-*|Q33-Forecast.xlsx|false",
            "*forecast*|2025 Q3 Forecast (final).xlsx|true", "forecast|Q3-Budget.xlsx|false", "*|anything at all|true",
            "a*b*c|aXXbYYc|true", "a*b*c|aXXbYYcd|false", "**a|a|true"})
    void names_match_by_substring_or_whole_name_wildcards_ignoring_case_and_accents(String pattern, String name,
            boolean expected) {
        assertThat(new NameMatcher(pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @BadInput("regex in search pattern")
    @CsvSource(delimiter = '|', value = {"(a+)+$|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!|false", "[a-z]|x|false",
            "a.b|axb|false", "a.b|a.b|true"})
    void regular_expression_characters_are_plain_text(String pattern, String name, boolean expected) {
        assertThat(new NameMatcher(pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @BadInput("pathological wildcard")
    @CsvSource(delimiter = '|', value = {"*a*a*a*a*a*a*a*a*a*a*a*a*b", "?*?*?*?*?*?*?*?*?*?*?*?*?*b"})
    void many_stars_stay_fast_on_a_long_name(String pattern) {
        String name = "a".repeat(10_000);
        long start = System.nanoTime();
        assertThat(new NameMatcher(pattern).matches(name)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
