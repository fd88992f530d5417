package com.sendense.console.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ListingReaderTest {

    static final MountId MOUNT = new MountId("m-1");
    final HubTime time = new HubTime(ZoneId.of("Europe/Berlin"));
    final ListingReader reader = new ListingReader(time);

    static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream fixture() {
        return Objects.requireNonNull(ListingReaderTest.class.getResourceAsStream("/hub/files-partition.json"));
    }

    @Test
    void the_streamed_listing_equals_the_one_mapped_from_wire_records() throws Exception {
        RestoreJson.FileList wire = JsonMapper.builder().build().readValue(fixture(), RestoreJson.FileList.class);
        FileListing mapped = new RestoreMapper(time).listing(MOUNT, wire);

        FileListing streamed = reader.read(MOUNT, fixture());

        assertThat(streamed).isEqualTo(mapped);
        assertThat(streamed.entries()).isNotEmpty();
    }

    @Test
    @BadInput("unicode and long names")
    void unknown_fields_nulls_and_hostile_names_read_as_the_mapper_reads_them() {
        String name = HostileNames.MARKUP.replace("\"", "\\\"");
        FileListing listing = reader.read(MOUNT, body("""
                {"x_new":{"a":[1,{"b":null}]},"mount_id":null,"path":"/partition-1","total_count":2,"files":[
                 {"name":"%s","path":"/partition-1/%s","type":"directory","size":4096,"mode":"0777",
                  "modified_time":"2025-10-02T10:00:00.1234567+02:00","is_symlink":false,"x":[{}]},
                 {"name":null,"path":"/partition-1/link","type":null,"size":null,"mode":null,"modified_time":null,
                  "is_symlink":true,"symlink_target":"C:\\\\Users"}]}""".formatted(name, name)));

        assertThat(listing.mountId()).isEqualTo(MOUNT);
        assertThat(listing.entries()).containsExactly(
                new FileEntry(HostileNames.MARKUP, HubPath.of("/partition-1/" + HostileNames.MARKUP),
                        EntryType.DIRECTORY, 4096, "0777", Instant.parse("2025-10-02T08:00:00.1234567Z"), false, null),
                new FileEntry("", HubPath.of("/partition-1/link"), EntryType.FILE, 0, "", null, true, "C:\\Users"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 120, 200, 260})
    @HubFault("truncated json")
    void a_listing_cut_anywhere_is_an_error_never_a_short_folder(int keep) {
        String full = """
                {"mount_id":"m-1","path":"/p","files":[{"name":"a","path":"/partition-1/a","type":"file","size":1},
                {"name":"b","path":"/partition-1/b","type":"file","size":2},{"name":"c","path":"/partition-1/c",
                "type":"file","size":3}],"total_count":3}""";
        String cut = full.substring(0, Math.min(keep, full.length() - 1));

        assertThatThrownBy(() -> reader.read(MOUNT, body(cut))).isInstanceOf(RuntimeException.class);
    }

    @Test
    @HubFault("malformed json")
    void an_entry_without_a_path_or_a_wrong_shape_is_refused() {
        assertThatThrownBy(() -> reader.read(MOUNT, body("{\"files\":[{\"name\":\"a\"}]}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.read(MOUNT, body("[]"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.read(MOUNT, body("{\"files\":{}}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.read(MOUNT, body("{\"files\":[{\"path\":7}]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-10-09T09:12:44.917340571+01:00", "2024-01-29T11:49:24.0654245Z",
            "2025-10-09T09:12:44+01:00", "2025-10-09T08:05:12Z", "2025-10-09T09:05:12.4+01:00",
            "2025-10-09T04:05:12-04:00", "2024-02-29T23:59:59.999999999+14:00"})
    void the_fast_timestamp_reader_agrees_with_hub_time(String wire) {
        assertThat(ListingReader.RfcTime.parse(wire)).isEqualTo(time.instant(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "2025-02-30T10:00:00Z", "2025-10-09 09:12:44Z",
            "2025-10-09T09:12:44", "2025-10-09T25:00:00Z", "2025-10-09T09:12:44.Z", "2025-10-09T09:12:44.1234567890Z",
            "2025-10-09T09:12:44+0100"})
    void anything_unusual_is_left_to_hub_time(String wire) {
        assertThat(ListingReader.RfcTime.parse(wire)).isNull();
    }
}
