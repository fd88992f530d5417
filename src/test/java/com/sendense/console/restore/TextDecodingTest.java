package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.BadInput;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    static final String GERMAN = "Grüße – Straße 5 €";

    private static TextDecoding.Decoded decode(byte[] bytes, boolean cut) {
        return TextDecoding.decode(bytes, cut).orElseThrow();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void a_byte_order_mark_decides_first() {
        assertThat(decode(
                concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, GERMAN.getBytes(StandardCharsets.UTF_8)),
                false)).isEqualTo(new TextDecoding.Decoded(GERMAN, "UTF-8 (BOM)"));
        assertThat(
                decode(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, GERMAN.getBytes(StandardCharsets.UTF_16LE)), false))
                .isEqualTo(new TextDecoding.Decoded(GERMAN, "UTF-16LE (BOM)"));
        assertThat(
                decode(concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, GERMAN.getBytes(StandardCharsets.UTF_16BE)), false))
                .isEqualTo(new TextDecoding.Decoded(GERMAN, "UTF-16BE (BOM)"));
    }

    @Test
    void utf_16_without_a_mark_is_told_by_its_zero_bytes() {
        assertThat(decode("regedit export\r\n".getBytes(StandardCharsets.UTF_16LE), false).encoding())
                .isEqualTo("UTF-16LE");
    }

    @Test
    void valid_utf_8_is_utf_8_even_when_the_cap_cuts_a_character_in_half() {
        byte[] bytes = GERMAN.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1); // half of the euro sign

        assertThat(decode(bytes, false)).isEqualTo(new TextDecoding.Decoded(GERMAN, "UTF-8"));
        assertThat(decode(cut, true)).isEqualTo(new TextDecoding.Decoded("Grüße – Straße 5 ", "UTF-8"));
    }

    @Test
    void other_bytes_are_windows_1252_or_iso_8859_1_where_1252_has_holes() {
        assertThat(decode(GERMAN.getBytes(Charset.forName("windows-1252")), false))
                .isEqualTo(new TextDecoding.Decoded(GERMAN, "windows-1252"));
        assertThat(decode(new byte[]{'a', (byte) 0x81, (byte) 0xE9}, false))
                .isEqualTo(new TextDecoding.Decoded("a\u0081é", "ISO-8859-1"));
    }

    @Test
    @BadInput("binary file")
    void zero_bytes_that_are_not_utf_16_mean_binary() {
        assertThat(TextDecoding.decode(new byte[]{'M', 'Z', 0, 0, 0, 1, 2, 0, 0, 0}, false)).isEmpty();
    }
}
