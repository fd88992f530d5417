package com.sendense.console.hub.internal;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a folder listing token by token straight into {@link FileEntry} records (issue 13): a Windows folder of
 * 100,000 entries is 22 MB of JSON, and a tree or wire records of it would be built only to be thrown away. The
 * same rules as {@link RestoreMapper}: unknown fields skipped, {@code null} read as absent, an entry without a
 * {@code path} or a cut body an undecodable answer (never a short folder).
 */
final class ListingReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final HubTime time;

    ListingReader(HubTime time) {
        this.time = time;
    }

    FileListing read(MountId requested, InputStream body) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String mountId = null;
            String path = null;
            int total = 0;
            List<FileEntry> entries = List.of();
            Entries reader = new Entries();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "mount_id" -> mountId = text(p, value);
                    case "path" -> path = text(p, value);
                    case "total_count" -> total = value == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
                    case "files" -> entries = value == JsonToken.VALUE_NULL ? List.of() : reader.all(p, value);
                    default -> p.skipChildren();
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT);
            MountId id = mountId == null || mountId.isEmpty() ? requested : new MountId(mountId);
            return new FileListing(id, path == null ? "" : path, entries, total);
        }
    }

    /** One listing's entries; repeated modes and timestamps are shared rather than kept once per entry. */
    private final class Entries {

        private final Map<String, String> modes = new HashMap<>();
        private @Nullable String lastTime;
        private @Nullable Instant lastInstant;

        List<FileEntry> all(JsonParser p, JsonToken start) {
            expect(start, JsonToken.START_ARRAY);
            List<FileEntry> entries = new ArrayList<>();
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                entries.add(entry(p, token));
            }
            return entries;
        }

        private FileEntry entry(JsonParser p, JsonToken start) {
            expect(start, JsonToken.START_OBJECT);
            String name = null;
            String path = null;
            String type = null;
            long size = 0;
            String mode = null;
            String modified = null;
            boolean symlink = false;
            String target = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = text(p, value);
                    case "path" -> path = text(p, value);
                    case "type" -> type = text(p, value);
                    case "size" -> size = value == JsonToken.VALUE_NULL ? 0 : p.getLongValue();
                    case "mode" -> mode = text(p, value);
                    case "modified_time" -> modified = text(p, value);
                    case "is_symlink" -> symlink = value == JsonToken.VALUE_TRUE;
                    case "symlink_target" -> target = text(p, value);
                    default -> p.skipChildren();
                }
            }
            return new FileEntry(name == null ? "" : name, HubPath.of(Wire.required(path, "path")),
                    "directory".equals(type) ? EntryType.DIRECTORY : EntryType.FILE, size,
                    mode == null ? "" : modes.computeIfAbsent(mode, m -> m), instant(modified), symlink,
                    Wire.optionalText(target));
        }

        private @Nullable Instant instant(@Nullable String text) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            if (!text.equals(lastTime)) {
                Instant fast = RfcTime.parse(text);
                lastInstant = fast != null ? fast : time.instant(text);
                lastTime = text;
            }
            return lastInstant;
        }
    }

    private static @Nullable String text(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("Expected text in " + p.currentName() + ", found " + value);
        }
        return p.getString();
    }

    private static void expect(@Nullable JsonToken token, JsonToken wanted) {
        if (token != wanted) {
            throw new IllegalArgumentException("Expected " + wanted + " in a folder listing, found " + token);
        }
    }

    /**
     * The hub's usual {@code 2025-10-02T10:00:00.1234567+01:00}, read without a formatter: parsing 100,000 of them
     * with {@code OffsetDateTime.parse} took longer than reading the rest of the listing. Anything else is left to
     * {@link HubTime}.
     */
    static final class RfcTime {

        private RfcTime() {}

        static @Nullable Instant parse(String s) {
            int n = s.length();
            if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                    || s.charAt(16) != ':') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            if (year <= 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                    || second > 59) {
                return null;
            }
            int i = 19;
            int nanos = 0;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(s.charAt(i)) && i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i++) - '0');
                }
                if (i == start || (i < n && Character.isDigit(s.charAt(i)))) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
            int offset;
            if (i == n - 1 && s.charAt(i) == 'Z') {
                offset = 0;
            } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                int oh = digits(s, i + 1, 2);
                int om = digits(s, i + 4, 2);
                if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return null;
                }
                offset = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return null;
            }
            try {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offset, nanos);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int digits(String s, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
