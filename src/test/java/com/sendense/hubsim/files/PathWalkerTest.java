package com.sendense.hubsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.model.Errno;
import com.sendense.hubsim.files.model.FsException;
import com.sendense.hubsim.files.model.FsKind;
import com.sendense.hubsim.files.model.LazyDirectory;
import com.sendense.hubsim.files.model.LinkTarget;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.PathWalker;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.Symlink;
import com.sendense.hubsim.files.model.Utf8Order;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathWalkerTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private final PathWalker walker = new PathWalker(
            dir("/", dir("a", new RegularFile("f", T, 0644, Contents.text(() -> "x")), link("up", "..")),
                    link("loop", "loop"), link("abs", "/a/f"), link("rel", "a/up/a/f")),
            d -> "");

    @Test
    void links_in_the_middle_are_followed_and_dot_dot_is_physical() throws FsException {
        assertThat(walker.resolve("/rel", true).node().name()).isEqualTo("f");
        assertThat(walker.resolve("/rel", true).path()).isEqualTo("/a/f");
        assertThat(walker.resolve("/abs", false).node()).isInstanceOf(Symlink.class);
        assertThat(walker.resolve("/a/up/a/up/abs", true).path()).isEqualTo("/a/f");
    }

    @Test
    void lookups_fail_like_the_kernel() {
        assertThatThrownBy(() -> walker.resolve("/loop", true)).extracting(e -> ((FsException) e).errno())
                .isEqualTo(Errno.ELOOP);
        assertThatThrownBy(() -> walker.resolve("/a/f/x", true)).extracting(e -> ((FsException) e).errno())
                .isEqualTo(Errno.ENOTDIR);
        assertThatThrownBy(() -> walker.resolve("/nope", true)).extracting(e -> ((FsException) e).errno())
                .isEqualTo(Errno.ENOENT);
    }

    @Test
    void names_sort_by_utf8_bytes_not_utf16_units() {
        assertThat(Utf8Order.compare("\uFF21", "\uD83D\uDE00")).as("U+FF21 < U+1F600").isNegative();
        assertThat("\uFF21".compareTo("\uD83D\uDE00")).as("String.compareTo disagrees").isPositive();
        assertThat(Utf8Order.compare("Z", "a")).isNegative();
    }

    private static LazyDirectory dir(String name, Node... entries) {
        return new LazyDirectory(name, T, 0755, FsKind.EXT4, () -> List.of(entries));
    }

    private static Symlink link(String name, String target) {
        return new Symlink(name, T, new LinkTarget.Raw(target));
    }
}
