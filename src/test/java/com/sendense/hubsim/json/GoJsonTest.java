package com.sendense.hubsim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Go's {@code json.NewEncoder(w).Encode(v)} prints (Go 1.23, the hub's toolchain), byte for byte.
 * The expected strings are Go's output, not the simulator's.
 */
class GoJsonTest {

    @Test
    void html_characters_are_escaped_like_go() {
        assertThat(GoJson.encode("<a href=\"x\">Tom & Jerry</a>"))
                .isEqualTo("\"\\u003ca href=\\\"x\\\"\\u003eTom \\u0026 Jerry\\u003c/a\\u003e\"\n");
    }

    @Test
    void line_and_paragraph_separators_are_escaped() {
        assertThat(GoJson.encode("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"\n");
    }

    @Test
    void control_characters_use_short_escapes_where_go_has_them() {
        assertThat(GoJson.encode("\"\\\n\r\t\b\f")).isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\"\n");
        assertThat(GoJson.encode("\u0000\u0001\u000b\u001f")).isEqualTo("\"\\u0000\\u0001\\u000b\\u001f\"\n");
    }

    @Test
    void other_characters_are_written_as_they_are() {
        assertThat(GoJson.encode("\u007f é € \ufffd 😀 /")).isEqualTo("\"\u007f é € \ufffd 😀 /\"\n");
    }

    @Test
    void invalid_utf16_becomes_the_replacement_escape_like_invalid_utf8_in_go() {
        assertThat(GoJson.encode("a\ud800b\udc00c\ud83d")).isEqualTo("\"a\\ufffdb\\ufffdc\\ufffd\"\n");
    }

    @Test
    void keys_are_escaped_like_values() {
        assertThat(GoJson.encode(GoJson.struct().put("<k&>", 1))).isEqualTo("{\"\\u003ck\\u0026\\u003e\":1}\n");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100.0, 100", "12.5, 12.5", "47.66, 47.66", "0.1, 0.1", "0.30000000000000004, 0.30000000000000004",
            "-3.25, -3.25", "0.000001, 0.000001", "0.0000012345, 0.0000012345", "0.0000001, 1e-7",
            "-0.00000015, -1.5e-7", "1.234e-10, 1.234e-10", "5e-324, 5e-324", "1.5e-323, 1.5e-323",
            "123456789.125, 123456789.125", "1e20, 100000000000000000000",
            "9.999999999999999e20, 999999999999999900000", "1e21, 1e+21", "1.5e21, 1.5e+21", "-2.5e22, -2.5e+22",
            "1e100, 1e+100", "1.7976931348623157e308, 1.7976931348623157e+308", "0.0, 0", "-0.0, -0"})
    void float64_is_formatted_like_go(double value, String go) {
        assertThat(GoJson.encode(value)).isEqualTo(go + "\n");
    }

    @Test
    void float32_uses_its_own_shortest_form() {
        assertThat(GoJson.encode(0.1f)).isEqualTo("0.1\n");
        assertThat(GoJson.encode(16777216f)).isEqualTo("16777216\n");
        assertThat(GoJson.encode(1e-7f)).isEqualTo("1e-7\n");
        assertThat(GoJson.encode(1e21f)).isEqualTo("1e+21\n");
        assertThat(GoJson.encode(Float.MIN_VALUE)).isEqualTo("1e-45\n");
    }

    @Test
    void nan_and_infinity_are_refused_like_go() {
        assertThatIllegalArgumentException().isThrownBy(() -> GoJson.encode(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> GoJson.encode(Double.POSITIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> GoJson.encode(Float.NEGATIVE_INFINITY));
    }

    @Test
    void integers_are_written_in_full() {
        assertThat(GoJson.encode(List.of(0, -1, 6_815_744_000L, Long.MAX_VALUE)))
                .isEqualTo("[0,-1,6815744000,9223372036854775807]\n");
    }

    @Test
    void struct_fields_keep_their_declaration_order() {
        assertThat(GoJson.encode(GoJson.struct().put("zeta", 1).put("alpha", 2).put("Mid", 3)))
                .isEqualTo("{\"zeta\":1,\"alpha\":2,\"Mid\":3}\n");
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("b", 1);
        linked.put("a", 2);
        assertThat(GoJson.encode(linked)).isEqualTo("{\"b\":1,\"a\":2}\n");
    }

    @Test
    void map_keys_are_sorted_by_their_utf8_bytes() {
        // UTF-16 would put the emoji (a surrogate pair, 0xD83D...) before U+FFFD; UTF-8 puts it after.
        String go = "{\"B\":1,\"a\":2,\"b\":3,\"é\":4,\"\ufffd\":5,\"😀\":6}\n";
        Map<String, Object> map = GoJson.map();
        for (String key : List.of("😀", "b", "\ufffd", "a", "é", "B")) {
            map.put(key, List.of("B", "a", "b", "é", "\ufffd", "😀").indexOf(key) + 1);
        }
        assertThat(GoJson.encode(map)).isEqualTo(go);
        assertThat(GoJson.encode(new HashMap<>(map))).isEqualTo(go);
        assertThat(GoJson.encode(new TreeMap<>(map))).isEqualTo(go);
    }

    @Test
    void integer_map_keys_are_sorted_as_strings() {
        assertThat(GoJson.encode(new HashMap<>(Map.of(9, "nine", 10, "ten", 100, "hundred"))))
                .isEqualTo("{\"10\":\"ten\",\"100\":\"hundred\",\"9\":\"nine\"}\n");
    }

    @Test
    void nil_and_empty_values_differ_like_go() {
        assertThat(GoJson.encode(GoJson.struct()
                .put("nil", null)
                .put("empty", List.of())
                .put("map", Map.of())
                .put("list", Arrays.asList(null, true, "x"))))
                .isEqualTo("{\"nil\":null,\"empty\":[],\"map\":{},\"list\":[null,true,\"x\"]}\n");
    }

    @Test
    void omitempty_leaves_out_what_go_leaves_out() {
        GoJson.Struct struct = GoJson.struct()
                .putOmitEmpty("nil", null)
                .putOmitEmpty("text", "")
                .putOmitEmpty("zero", 0)
                .putOmitEmpty("negativeZero", -0.0)
                .putOmitEmpty("no", false)
                .putOmitEmpty("list", List.of())
                .putOmitEmpty("map", Map.of())
                .putOmitEmpty("inner", GoJson.struct())
                .putOmitEmpty("kept", 0.5);
        assertThat(GoJson.encode(struct)).isEqualTo("{\"inner\":{},\"kept\":0.5}\n");
    }
}
