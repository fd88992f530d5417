package com.sendense.console.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HubPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", "/..", "/partition-1/../../etc", "/partition-1/..", "a/../b", "//..//x"})
    void any_dot_dot_segment_is_refused(String raw) {
        assertThatThrownBy(() -> HubPath.of(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("..");
    }

    @Test
    void names_that_merely_contain_dots_are_fine() {
        assertThat(HubPath.of("/partition-2/...").name()).isEqualTo("...");
        assertThat(HubPath.of("/partition-2/..hidden").name()).isEqualTo("..hidden");
        assertThat(HubPath.of("/partition-2/a..b").segments()).containsExactly("partition-2", "a..b");
    }

    @Test
    void slashes_and_dot_segments_are_normalised() {
        assertThat(HubPath.of("//partition-2///Windows/").value()).isEqualTo("/partition-2/Windows");
        assertThat(HubPath.of("partition-2/./Windows").value()).isEqualTo("/partition-2/Windows");
        assertThat(HubPath.of("").isRoot()).isTrue();
        assertThat(HubPath.of("///")).isEqualTo(HubPath.root());
    }

    @Test
    void paths_are_navigated_by_segment() {
        HubPath windows = HubPath.root().resolve("partition-2").resolve("Program Files");

        assertThat(windows.value()).isEqualTo("/partition-2/Program Files");
        assertThat(windows.name()).isEqualTo("Program Files");
        assertThat(windows.segments()).containsExactly("partition-2", "Program Files");
        assertThat(windows.parent()).contains(HubPath.of("/partition-2"));
        assertThat(HubPath.of("/partition-2").parent()).contains(HubPath.root());
        assertThat(HubPath.root().parent()).isEmpty();
        assertThat(HubPath.root().name()).isEmpty();
        assertThat(HubPath.root().segments()).isEmpty();
    }

    @Test
    void resolving_a_dot_dot_name_is_refused() {
        assertThatThrownBy(() -> HubPath.of("/partition-2").resolve("..")).isInstanceOf(IllegalArgumentException.class);
    }
}
