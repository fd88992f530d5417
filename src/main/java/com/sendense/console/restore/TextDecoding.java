package com.sendense.console.restore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Guesses a text file's encoding the way Windows editors do, as no maintained detector library resolves here: a byte
 * order mark first, then UTF-16 without one (every other byte zero), then UTF-8 if the bytes are valid UTF-8, then
 * windows-1252 (the usual Western Windows code page), or ISO-8859-1 when a byte is one windows-1252 leaves undefined.
 */
final class TextDecoding {

    /** The detected text and the encoding's name. */
    record Decoded(String text, String encoding) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** Empty when the bytes look binary (zero bytes that are not UTF-16). {@code cut}: the file goes on after them. */
    static Optional<Decoded> decode(byte[] bytes, boolean cut) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)"));
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)"));
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)"));
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = bytes.length / 2;
        if (pairs > 0 && zeroOdd > pairs * 0.4 && zeroEven == 0) {
            return Optional.of(new Decoded(lenient(bytes, 0, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        if (pairs > 0 && zeroEven > pairs * 0.4 && zeroOdd == 0) {
            return Optional.of(new Decoded(lenient(bytes, 0, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        if (zeroEven + zeroOdd > 0) {
            return Optional.empty();
        }
        Optional<String> utf8 = strictUtf8(bytes, cut);
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), "UTF-8"));
        }
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                return Optional.of(new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1"));
            }
        }
        return Optional.of(new Decoded(new String(bytes, WINDOWS_1252), "windows-1252"));
    }

    /** A sequence cut by the read cap at the very end still counts as valid. */
    private static Optional<String> strictUtf8(byte[] bytes, boolean cut) {
        int end = bytes.length;
        if (cut) {
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            int lead = end - back - 1;
            if (lead >= 0 && (bytes[lead] & 0xC0) == 0xC0 && back < sequenceLength(bytes[lead]) - 1) {
                end = lead;
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int sequenceLength(byte lead) {
        int u = lead & 0xFF;
        return u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : 2;
    }

    private static String lenient(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
