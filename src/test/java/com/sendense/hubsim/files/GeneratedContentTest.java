package com.sendense.hubsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.hubsim.files.model.Content;
import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GeneratedContentTest {

    private final DiskImage windows = DiskImage.of(TestDisks.windowsSystem());
    private final DiskImage data = DiskImage.of(TestDisks.windowsData());

    @Test
    void office_documents_are_valid_ooxml_packages() throws Exception {
        String finance = "/partition-1/Shares/Finance";

        assertThat(entries(data.readAllBytes(finance + "/Budget 2025.xlsx"))).contains("xl/workbook.xml",
                "xl/worksheets/sheet1.xml");
        assertThat(entries(data.readAllBytes("/partition-1/Shares/HR/Policies/Employee Handbook.docx")))
                .contains("word/document.xml");
    }

    @Test
    void pictures_decode_as_images() throws Exception {
        Directory pictures = (Directory) windows.stat("/partition-2/Users/" + firstUser() + "/Pictures");
        List<String> checked = new ArrayList<>();
        for (Node node : pictures.entries()) {
            if (node instanceof RegularFile f && (f.name().endsWith(".jpg") || f.name().endsWith(".png"))) {
                try (InputStream in = f.content().open()) {
                    assertThat(ImageIO.read(in)).as(f.name()).isNotNull();
                }
                checked.add(f.name());
            }
        }
        assertThat(checked).isNotEmpty();
    }

    @Test
    void pdfs_have_a_correct_cross_reference_table() throws Exception {
        assertXrefPointsAtObjects(data.readAllBytes("/partition-1/Shares/Finance/Invoices/2025/INV-2025-0007.pdf"));
        byte[] scan = data.readAllBytes("/partition-1/Shares/Scans/2025/scan-054321.pdf");
        assertXrefPointsAtObjects(scan);
        assertThat((long) scan.length)
                .isEqualTo(data.content("/partition-1/Shares/Scans/2025/scan-054321.pdf").length());
    }

    @Test
    void huge_files_stream_exactly_their_length_with_the_right_magic() throws Exception {
        Content pagefile = windows.content("/partition-2/pagefile.sys");
        Content wim = windows.content("/partition-2/Recovery/WindowsRE/winre.wim");

        assertThat(pagefile.length()).isEqualTo(3L << 30);
        try (InputStream in = wim.open()) {
            assertThat(new String(in.readNBytes(5), StandardCharsets.ISO_8859_1)).isEqualTo("MSWIM");
            assertThat(in.skip(wim.length())).isEqualTo(wim.length() - 5);
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(windows.readAllBytes("/partition-2/Windows/System32/drivers/etc/hosts"))
                .isEqualTo(DiskImage.of(TestDisks.windowsSystem())
                        .readAllBytes("/partition-2/Windows/System32/drivers/etc/hosts"));
    }

    @Test
    void junctions_and_links_resolve_inside_the_disk() throws Exception {
        DiskImage linux = DiskImage.of(TestDisks.linuxSystem());

        assertThat(windows.stat("/partition-2/Documents and Settings")).isInstanceOf(Directory.class);
        assertThat(new String(linux.readAllBytes("/partition-1/etc/os-release"), StandardCharsets.UTF_8))
                .contains("Ubuntu 24.04");
        assertThat(new String(linux.readAllBytes("/partition-1/etc/nginx/sites-enabled/shop.conf"),
                StandardCharsets.UTF_8)).contains("proxy_pass");
        assertThat(
                new String(linux.readAllBytes("/partition-1/var/log/nginx/access.log"), StandardCharsets.UTF_8).lines()
                        .findFirst())
                .hasValueSatisfying(line -> assertThat(line).matches(
                        "\\S+ - - \\[\\d\\d/\\w{3}/2025:\\d\\d:\\d\\d:\\d\\d [+-]\\d{4}] \"\\w+ \\S+ HTTP/\\S+\" \\d{3} .*"));
        assertThatThrownBy(() -> linux.stat("/partition-1/etc/resolv.conf")).isInstanceOf(FsException.class);
    }

    @Test
    void the_same_disk_always_has_the_same_tree() throws Exception {
        String user = firstUser();
        String path = "/partition-2/Users/" + user + "/Desktop/todo.txt";
        Node a = windows.lstat(path);

        assertThat(TestDisks.windowsSystem()).isEqualTo(TestDisks.windowsSystem());
        assertThat(a.modified()).isBefore(TestDisks.CAPTURED);
        assertThat(new String(windows.readAllBytes(path), StandardCharsets.UTF_8)).contains("call the bank");
    }

    private String firstUser() throws FsException {
        return ((Directory) windows.stat("/partition-2/Users")).entries()
                .stream()
                .map(Node::name)
                .filter(n -> n.contains("."))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static void assertXrefPointsAtObjects(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(text.substring(xref)).startsWith("xref\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertThat(text.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isGreaterThan(4);
    }
}
