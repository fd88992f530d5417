package com.sendense.console.restore;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11: the hub follows links out of the mount, so the services never send it a path into,
 * through or below a link, whichever way the path arrives. The fake hub is laid out like the
 * simulator's Linux disk ({@code /srv/x -> /}, {@code /srv/up -> ../../..}) and its Windows disk
 * ({@code Documents and Settings}, a junction shown as an absolute path into the mount point).
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class LinkRefusalTest {

    static final String SRV = "/partition-7/srv";

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    FileBrowseService browse;
    @Autowired
    DownloadService downloads;

    MountId mount;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.listedPaths.clear();
        hub.archiveRequests.clear();
        mount = BrowseTestMounts.mount(hub, mounts, "web-01");
        String mountPoint = "/mnt/sendense/restore/" + mount.value();
        hub.withFolder("/partition-7", dir("/partition-7/srv"), dir("/partition-7/var"), dir("/partition-7/loop"));
        hub.withFolder(SRV, dir(SRV + "/data"), link(SRV + "/dangling", null), link(SRV + "/hostname", "/etc/hostname"),
                link(SRV + "/up", "../../.."), link(SRV + "/welcome.html", "../var/www/html/index.html"),
                link(SRV + "/www", "../var/www"), link(SRV + "/x", "/"));
        hub.withFolder(SRV + "/data", file(SRV + "/data/orders.csv", 100));
        hub.withFolder("/partition-7/var", dir("/partition-7/var/www"));
        hub.withFolder("/partition-7/var/www", dir("/partition-7/var/www/html"));
        hub.withFolder("/partition-7/var/www/html", file("/partition-7/var/www/html/index.html", 612));
        hub.withFolder("/partition-7/loop", link("/partition-7/loop/a", "b"), link("/partition-7/loop/b", "a"));
        hub.withFolder("/partition-8", link("/partition-8/Documents and Settings", mountPoint + "/partition-8/Users"),
                link("/partition-8/Linux", mountPoint + "/partition-7/srv"), dir("/partition-8/Users"));
        hub.withFolder("/partition-8/Users", dir("/partition-8/Users/alice"), dir("/partition-8/Users/bob"));
        hub.withFolder("/partition-8/Users/bob", dir("/partition-8/Users/bob/Music"),
                link("/partition-8/Users/bob/My Music", mountPoint + "/partition-8/Users/bob/Music"));
        hub.withFolder("/partition-8/Users/bob/Music", file("/partition-8/Users/bob/Music/song.mp3", 3000));
        hub.withFolder("/partition-8/Users/alice", file("/partition-8/Users/alice/notes.txt", 50));
    }

    static FileEntry link(String path, @Nullable String target) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.FILE, target == null ? 0 : target.length(), "0777",
                Instant.parse("2025-10-01T10:00:00Z"), true, target);
    }

    @Test
    @BadInput("symlink")
    void a_double_clicked_absolute_link_out_of_the_mount_is_refused_with_why() {
        assertThatThrownBy(() -> browse.resolve(mount, HubPath.of(SRV + "/x"))).isInstanceOf(LinkRefusedException.class)
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(
                        "\u201c/partition-7/srv/x\u201d is a link to \u201c/\u201d, an absolute path that the hub would resolve "
                                + "on its own system, outside this backup, so the console does not open or download it.");
        assertThat(hub.listedPaths).isEmpty();
    }

    @Test
    @BadInput("symlink")
    void a_relative_link_that_climbs_out_of_its_partition_is_refused() {
        assertThatThrownBy(() -> browse.resolve(mount, HubPath.of(SRV + "/up")))
                .isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining(
                        "\u201c/partition-7/srv/up\u201d is a link to \u201c../../..\u201d, which leads out of partition 7");
    }

    @Test
    @BadInput("symlink")
    void a_typed_path_is_checked_component_by_component_and_never_listed_through_a_link() {
        HubPath typed = FileBrowseService.parsePath("/partition-7/srv/x/etc");

        assertThatThrownBy(() -> browse.resolve(mount, typed)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("/partition-7/srv/x\u201d is a link to \u201c/\u201d");
        assertThatThrownBy(() -> browse.open(mount, typed)).isInstanceOf(LinkRefusedException.class);
        assertThatThrownBy(() -> browse.open(mount, HubPath.of(SRV + "/up/other-mount/partition-8")))
                .isInstanceOf(LinkRefusedException.class);
        assertThat(hub.listedPaths).isEmpty();
    }

    @Test
    @BadInput("symlink")
    void a_deep_link_written_with_backslashes_is_checked_like_a_typed_path() {
        HubPath deep = FileBrowseService.parsePath("partition-7\\srv\\x\\root\\.ssh");

        assertThatThrownBy(() -> browse.open(mount, deep)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("outside this backup");
        assertThat(hub.listedPaths).isEmpty();
    }

    @Test
    @BadInput("symlink")
    void a_harmless_link_to_a_folder_opens_its_target_never_the_link() {
        ResolvedPath resolved = browse.resolve(mount, HubPath.of(SRV + "/www/html"));

        assertThat(resolved.path()).isEqualTo(HubPath.of("/partition-7/var/www/html"));
        assertThat(resolved.followedLink()).isTrue();
        assertThat(resolved.via().path()).isEqualTo(HubPath.of(SRV + "/www"));
        assertThatThrownBy(() -> browse.open(mount, HubPath.of(SRV + "/www"))).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("use its target \u201c/partition-7/var/www\u201d");
        assertThat(browse.open(mount, resolved.path()).entries()).extracting(FileEntry::name)
                .containsExactly("index.html");
        assertThat(hub.listedPaths).containsExactly("/partition-7/var/www/html");
    }

    @Test
    @BadInput("symlink")
    void a_harmless_link_to_a_file_resolves_to_the_file_and_downloads_only_as_its_target() {
        ResolvedPath resolved = browse.resolve(mount, HubPath.of(SRV + "/welcome.html"));
        var out = new ByteArrayOutputStream();

        assertThat(resolved.path()).isEqualTo(HubPath.of("/partition-7/var/www/html/index.html"));
        assertThat(resolved.entry().type()).isEqualTo(EntryType.FILE);
        assertThat(resolved.entry().size()).isEqualTo(612);
        assertThatThrownBy(() -> download(SRV + "/welcome.html", DownloadKind.FILE))
                .isInstanceOf(LinkRefusedException.class);
        downloads.download(new DownloadRequest(mount, resolved.path(), DownloadKind.FILE, null), new DownloadProgress(),
                meta -> out);
        assertThat(out.size()).isEqualTo(612);
    }

    @Test
    @BadInput("symlink")
    void a_windows_junction_inside_its_partition_still_works() {
        ResolvedPath resolved = browse.resolve(mount, HubPath.of("/partition-8/Documents and Settings/alice"));

        assertThat(resolved.path()).isEqualTo(HubPath.of("/partition-8/Users/alice"));
        assertThat(browse.open(mount, resolved.path()).entries()).extracting(FileEntry::name)
                .containsExactly("notes.txt");
    }

    @Test
    @BadInput("symlink")
    void a_junction_into_another_partition_is_refused_and_says_where_to_browse() {
        assertThatThrownBy(() -> browse.resolve(mount, HubPath.of("/partition-8/Linux")))
                .isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("which is in partition 7, not in partition 8 (open partition 7 to browse it)");
    }

    @Test
    @BadInput("symlink")
    void a_link_whose_target_cannot_be_read_is_refused() {
        assertThatThrownBy(() -> browse.resolve(mount, HubPath.of(SRV + "/dangling")))
                .isInstanceOf(LinkRefusedException.class)
                .hasMessage(
                        "\u201c/partition-7/srv/dangling\u201d is a link whose target the hub cannot read, so the console "
                                + "cannot tell whether it stays inside this backup and does not open it.");
    }

    @Test
    @BadInput("symlink")
    void a_loop_of_links_ends_with_a_refusal() {
        assertThatThrownBy(() -> browse.resolve(mount, HubPath.of("/partition-7/loop/a")))
                .isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("more than 40 links");
    }

    @Test
    @BadInput("symlink")
    void a_direct_download_of_or_below_a_link_is_refused_before_the_hub_is_asked() {
        AtomicBoolean opened = new AtomicBoolean();

        assertThatThrownBy(() -> downloads.download(
                new DownloadRequest(mount, HubPath.of(SRV + "/hostname"), DownloadKind.FILE, null),
                new DownloadProgress(), meta -> {
                    opened.set(true);
                    return new ByteArrayOutputStream();
                })).isInstanceOf(LinkRefusedException.class).hasMessageContaining("/etc/hostname");
        assertThatThrownBy(() -> download(SRV + "/x/etc/shadow", DownloadKind.FILE))
                .isInstanceOf(LinkRefusedException.class);
        assertThatThrownBy(() -> download(SRV + "/x", DownloadKind.TAR_GZ)).isInstanceOf(LinkRefusedException.class);
        assertThat(opened).isFalse();
        assertThat(hub.archiveRequests).isEmpty();
    }

    @Test
    @BadInput("symlink")
    void a_zip_of_a_parent_folder_with_links_is_refused_but_tar_gz_which_does_not_follow_them_is_allowed() {
        assertThatThrownBy(() -> download(SRV, DownloadKind.ZIP)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining(
                        "\u201c/partition-7/srv\u201d holds 4 links that lead out of their partition (the first is "
                                + "\u201c/partition-7/srv/dangling\u201d)")
                .hasMessageContaining("Choose tar.gz");
        assertThat(browse.zipRefusal(mount, HubPath.of(SRV)).map(t -> Messages.get(Locale.ENGLISH, t))).get()
                .asString()
                .contains("holds 4 links");
        assertThat(browse.zipRefusal(mount, HubPath.of(SRV)).map(t -> Messages.get(Locale.GERMAN, t))).get()
                .asString()
                .contains("enthält 4 Links, die aus ihrer Partition hinausführen");
        assertThatThrownBy(() -> download(SRV, DownloadKind.FILE)).as("the hub's automatic ZIP of a folder")
                .isInstanceOf(LinkRefusedException.class);
        assertThatThrownBy(() -> download("/partition-7", DownloadKind.ZIP)).as("links deeper down count too")
                .isInstanceOf(LinkRefusedException.class);
        assertThat(hub.archiveRequests).isEmpty();

        download(SRV, DownloadKind.TAR_GZ);
        download("/partition-7/var", DownloadKind.ZIP);
        download("/partition-8/Users/bob", DownloadKind.ZIP);

        assertThat(hub.archiveRequests).as("a ZIP whose links all stay in their partition is fine")
                .containsExactly(SRV + "|tar.gz", "/partition-7/var|zip", "/partition-8/Users/bob|zip");
        assertThat(browse.zipRefusal(mount, HubPath.of("/partition-8/Users/bob"))).isEmpty();
        assertThat(browse.estimate(mount, HubPath.of(SRV)).links()).isEqualTo(6);
    }

    private void download(String path, DownloadKind kind) {
        downloads.download(new DownloadRequest(mount, HubPath.of(path), kind, null), new DownloadProgress(),
                meta -> new ByteArrayOutputStream());
    }
}
