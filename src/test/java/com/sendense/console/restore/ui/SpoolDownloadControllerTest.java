package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.restore.DownloadSpool;
import com.sendense.console.restore.SpoolNotFoundException;
import com.sendense.console.restore.SpooledFile;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Stage 2's HTTP: whole files, ranges a resuming browser asks for, a stale If-Range, 416, and strangers. */
class SpoolDownloadControllerTest {

    static final String ID = "0b4e9a6c-9f0e-4a53-a1b4-6b1f1c1d2e3f";
    static final int SIZE = 1000;

    @TempDir
    Path dir;
    final DownloadSpool spool = mock(DownloadSpool.class);
    final SpoolDownloadController controller = new SpoolDownloadController(spool);
    final byte[] content = new byte[SIZE];
    SpooledFile file;

    @BeforeEach
    void spooled() throws IOException {
        for (int i = 0; i < SIZE; i++) {
            content[i] = (byte) (i * 13);
        }
        Path path = dir.resolve(ID);
        Files.write(path, content);
        file = new SpooledFile(ID, path, SIZE, "SQLServer.iso", "application/octet-stream",
                Instant.parse("2026-12-06T08:00:00Z"));
        when(spool.open(ID)).thenReturn(file);
    }

    MockHttpServletResponse get(@Nullable String range, @Nullable String ifRange) throws IOException {
        var request = new MockHttpServletRequest("GET", "/spool/" + ID);
        if (range != null) {
            request.addHeader("Range", range);
        }
        if (ifRange != null) {
            request.addHeader("If-Range", ifRange);
        }
        var response = new MockHttpServletResponse();
        controller.download(ID, request, response);
        return response;
    }

    byte[] slice(int from, int toExclusive) {
        return Arrays.copyOfRange(content, from, toExclusive);
    }

    @Test
    void without_a_range_the_whole_file_comes_with_a_strong_etag_and_ranges_on_offer() throws IOException {
        var response = get(null, null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        assertThat(response.getContentLengthLong()).isEqualTo(SIZE);
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getHeader("ETag")).isEqualTo(file.etag()).doesNotStartWith("W/");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"SQLServer.iso\"");
    }

    @Test
    void the_first_bytes() throws IOException {
        var response = get("bytes=0-99", null);

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 0-99/1000");
        assertThat(response.getContentLengthLong()).isEqualTo(100);
        assertThat(response.getContentAsByteArray()).isEqualTo(slice(0, 100));
    }

    @Test
    void the_middle() throws IOException {
        var response = get("bytes=400-599", file.etag());

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 400-599/1000");
        assertThat(response.getContentAsByteArray()).isEqualTo(slice(400, 600));
    }

    @Test
    void the_rest_from_where_a_broken_download_stopped() throws IOException {
        var response = get("bytes=737-", file.etag());

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 737-999/1000");
        assertThat(response.getContentAsByteArray()).isEqualTo(slice(737, SIZE));
    }

    @Test
    void a_suffix_and_an_end_past_the_file_are_cut_to_the_file() throws IOException {
        assertThat(get("bytes=-100", null).getContentAsByteArray()).isEqualTo(slice(900, SIZE));
        assertThat(get("bytes=-5000", null).getHeader("Content-Range")).isEqualTo("bytes 0-999/1000");
        assertThat(get("bytes=990-5000", null).getContentAsByteArray()).isEqualTo(slice(990, SIZE));
    }

    @Test
    void a_range_starting_past_the_end_is_unsatisfiable_and_says_the_size() throws IOException {
        var response = get("bytes=1000-", null);

        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes */1000");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(get("bytes=-0", null).getStatus()).isEqualTo(416);
    }

    @Test
    void if_range_with_a_stale_etag_sends_the_whole_file_instead_of_a_part_of_another() throws IOException {
        var response = get("bytes=500-", "\"another-file-1000\"");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Range")).isNull();
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        // A weak validator never matches for ranges (RFC 9110 §13.1.5).
        assertThat(get("bytes=500-", "W/" + file.etag()).getStatus()).isEqualTo(200);
    }

    @Test
    @BadInput("malformed range")
    void several_ranges_or_a_malformed_range_get_the_whole_file() throws IOException {
        for (String range : new String[]{"bytes=0-1,5-6", "bytes=9-3", "items=0-5", "bytes=-", "bytes=abc-",
                "bytes=99999999999999999999-"}) {
            var response = get(range, null);
            assertThat(response.getStatus()).as(range).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(range).isEqualTo(content);
        }
    }

    @Test
    @BadInput("forged request across users")
    void someone_elses_or_an_unknown_file_is_not_found() throws IOException {
        when(spool.open(ID)).thenThrow(new SpoolNotFoundException(ID));

        var response = get("bytes=0-", null);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("SQLServer");
    }

    @Test
    @BadInput("unicode and long names")
    void a_hostile_file_name_is_sent_encoded_not_raw() throws IOException {
        String name = HostileNames.MARKUP + ".iso";
        when(spool.open(ID)).thenReturn(
                new SpooledFile(ID, file.file(), SIZE, name, "application/octet-stream", file.lastModified()));

        String disposition = get(null, null).getHeader("Content-Disposition");

        // Quotes escaped in the plain name, the exact name percent-encoded as UTF-8 for the browser to use.
        assertThat(disposition).startsWith("attachment; filename=\"web \\\"quoted\\\" 01")
                .endsWith("filename*=UTF-8''web%20%22quoted%22%2001%20%E2%80%93%20Z%C3%BCrich%20%3Ctest%3E.iso")
                .doesNotContain("Zürich");
    }
}
