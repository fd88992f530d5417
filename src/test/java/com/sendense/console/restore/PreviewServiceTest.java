package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.HubPath;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Role;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;

class PreviewServiceTest {

    static final String DOCS = "/partition-2/Users/alice/Documents";

    final PreviewFixture f = new PreviewFixture();

    @BeforeEach
    void disk() {
        f.restore.hub.withFolder("/partition-2", dir("/partition-2/Users"));
        f.restore.hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"),
                SearchFixture.link("/partition-2/Users/All Users", "/ProgramData"));
        f.restore.hub.withFolder("/partition-2/Users/alice", dir(DOCS));
    }

    private HubPath put(String name, byte[] bytes) {
        HubPath path = HubPath.of(DOCS + "/" + name);
        List<com.sendense.console.hub.FileEntry> entries = new java.util.ArrayList<>(
                f.restore.hub.folders.getOrDefault(HubPath.of(DOCS), List.of()));
        entries.add(file(path.value(), bytes.length));
        f.restore.hub.folders.put(HubPath.of(DOCS), List.copyOf(entries));
        f.restore.hub.contents.put(path, bytes);
        return path;
    }

    private static PreviewProperties caps(long maxBytes, long maxPixels, int maxPages) {
        return new PreviewProperties(DataSize.ofBytes(maxBytes), maxPixels, maxPages, 400, DataSize.ofBytes(maxBytes));
    }

    private String audit() {
        return f.auditRows()
                .stream()
                .map(r -> r.kind() + ":" + r.outcome() + ":" + r.bytesDelivered())
                .toList()
                .toString();
    }

    @Test
    @BadInput("markup in hub strings")
    void a_text_file_is_decoded_and_audited_as_a_preview_before_the_hub_sends_a_byte() {
        HubPath path = put(HostileNames.MARKUP + ".txt",
                "Grüße aus Zürich\r\nZeile 2".getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> auditWhenAsked = new AtomicReference<>();
        f.beforeDownload = p -> auditWhenAsked.set(audit());

        Preview preview = f.service().preview(PreviewFixture.MOUNT, path, null);

        assertThat(auditWhenAsked.get()).isEqualTo("[PREVIEW:STARTED:0]");
        assertThat(preview).isInstanceOfSatisfying(Preview.TextContent.class, t -> {
            assertThat(t.text()).isEqualTo("Grüße aus Zürich\r\nZeile 2");
            assertThat(t.encoding()).isEqualTo("UTF-8");
            assertThat(t.cut()).isFalse();
        });
        assertThat(f.auditRows()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(path.value());
            assertThat(r.outcome()).isEqualTo(DownloadOutcome.COMPLETE);
            assertThat(r.bytesDelivered()).isEqualTo(28);
        });
    }

    @Test
    void a_text_file_over_the_cap_shows_its_beginning_and_the_console_stops_reading_there() {
        byte[] big = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        HubPath path = put("huge.log", big);

        Preview preview = f.service(caps(4096, 1_000_000, 3)).preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.TextContent.class, t -> {
            assertThat(t.text()).hasSize(4096);
            assertThat(t.bytesRead()).isEqualTo(4096);
            assertThat(t.cut()).isTrue();
        });
        assertThat(audit()).isEqualTo("[PREVIEW:COMPLETE:4096]");
    }

    @Test
    void an_image_or_pdf_over_the_cap_is_too_large_and_never_asked_of_the_hub() throws Exception {
        HubPath path = put("photo.jpg", PreviewSamples.image("jpeg", 800, 600));

        Preview preview = f.service(caps(100, 1_000_000, 3)).preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Refused.class, r -> {
            assertThat(r.tooLarge()).isTrue();
            assertThat(r.why().key()).isEqualTo("preview.refused.tooLarge");
            assertThat(r.why().args()).containsExactly(r.file().size(), 100L);
        });
        assertThat(f.downloads).isEmpty();
        assertThat(f.auditRows()).singleElement()
                .extracting(DownloadRecord::outcome)
                .isEqualTo(DownloadOutcome.REFUSED);
    }

    @Test
    void an_image_is_scaled_down_on_the_server_and_keeps_its_real_size_as_information() throws Exception {
        for (String format : List.of("png", "jpeg", "gif", "bmp")) {
            HubPath path = put("scan." + format, PreviewSamples.image(format, 2000, 1000));

            Preview preview = f.service().preview(PreviewFixture.MOUNT, path, null);

            assertThat(preview).as(format).isInstanceOfSatisfying(Preview.Picture.class, p -> {
                assertThat(p.width()).isEqualTo(2000);
                assertThat(p.height()).isEqualTo(1000);
                BufferedImage sent = read(p.png());
                assertThat(Math.max(sent.getWidth(), sent.getHeight())).isLessThanOrEqualTo(1200);
            });
        }
    }

    @Test
    @BadInput("decompression bomb")
    void an_image_with_more_pixels_than_the_cap_is_refused_before_it_is_decoded() throws Exception {
        HubPath path = put("blank.png", PreviewSamples.image("png", 4000, 4000));

        Preview preview = f.service(caps(16_000_000, 1_000_000, 3)).preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Refused.class,
                r -> assertThat(r.why()).isEqualTo(Text.of("preview.refused.pixels", 16_000_000L, 1_000_000L)));
    }

    @Test
    void a_pdf_shows_its_first_pages_only_rendered_on_the_server() throws Exception {
        HubPath path = put("Report.pdf", PreviewSamples.pdf(5));

        Preview preview = f.service(caps(16_000_000, 40_000_000, 2)).preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Pages.class, p -> {
            assertThat(p.pageCount()).isEqualTo(5);
            assertThat(p.pages()).hasSize(2);
            BufferedImage first = read(p.pages().getFirst());
            assertThat(Math.max(first.getWidth(), first.getHeight())).isLessThanOrEqualTo(400);
        });
    }

    @Test
    @BadInput("corrupt file")
    void a_corrupt_image_pdf_or_office_file_cannot_be_previewed_and_says_so() {
        byte[] junk = "this is not what the name says".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("broken.png", "broken.jpg", "broken.pdf", "broken.docx")) {
            Preview preview = f.service().preview(PreviewFixture.MOUNT, put(name, junk), null);

            assertThat(preview).as(name)
                    .isInstanceOfSatisfying(Preview.Refused.class,
                            r -> assertThat(r.why().key()).isEqualTo("preview.refused.corrupt"));
        }
    }

    @Test
    void an_office_document_shows_its_properties() throws Exception {
        HubPath path = put("Budget 2025.docx", PreviewSamples.docx("Budget 2025", "Jürgen Groß"));

        Preview preview = f.service().preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Properties.class,
                p -> assertThat(p.properties()).containsEntry("title", "Budget 2025")
                        .containsEntry("creator", "Jürgen Groß")
                        .containsEntry("Application", "Microsoft Office Word")
                        .containsEntry("Pages", "4"));
    }

    @Test
    @HubFault("truncated body")
    void a_hub_that_cuts_the_body_mid_file_gives_no_preview_and_is_audited_as_truncated() throws Exception {
        HubPath path = put("Report.pdf", PreviewSamples.pdf(1));
        f.restore.hub.truncateAfter = 100;

        Preview preview = f.service().preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Refused.class,
                r -> assertThat(r.why().key()).isEqualTo("preview.refused.truncated"));
        assertThat(audit()).isEqualTo("[PREVIEW:TRUNCATED:100]");
    }

    @Test
    void a_help_desk_user_cannot_preview_outside_their_scope_and_the_attempt_is_audited() {
        HubPath path = put("notes.txt", "secret".getBytes(StandardCharsets.UTF_8));
        f.restore.signInHelpdesk();
        f.role(Role.HELPDESK);
        f.vmName = "sql-prod-01";

        assertThatThrownBy(() -> f.service().preview(PreviewFixture.MOUNT, path, null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.downloads).isEmpty();
        assertThat(audit()).isEqualTo("[PREVIEW:REFUSED:0]");
    }

    @Test
    void managers_cannot_preview() {
        HubPath path = put("notes.txt", "secret".getBytes(StandardCharsets.UTF_8));
        f.role(Role.MANAGER);

        assertThatThrownBy(() -> f.service().preview(PreviewFixture.MOUNT, path, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.downloads).isEmpty();
    }

    @Test
    @BadInput("symlink")
    void a_path_through_a_link_is_refused_like_a_download() {
        f.restore.hub.withFolder("/partition-2/Users/All Users", file("/partition-2/Users/All Users/hosts.txt", 10));

        assertThatThrownBy(() -> f.service()
                .preview(PreviewFixture.MOUNT, HubPath.of("/partition-2/Users/All Users/hosts.txt"), null))
                .isInstanceOf(LinkRefusedException.class);

        assertThat(f.downloads).isEmpty();
        assertThat(audit()).isEqualTo("[PREVIEW:REFUSED:0]");
    }

    @Test
    void a_type_without_a_previewer_is_refused_without_reading() {
        HubPath path = put("setup.exe", new byte[]{'M', 'Z'});

        Preview preview = f.service().preview(PreviewFixture.MOUNT, path, null);

        assertThat(preview).isInstanceOfSatisfying(Preview.Refused.class,
                r -> assertThat(r.why().key()).isEqualTo("preview.refused.type"));
        assertThat(f.downloads).isEmpty();
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
