package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VmScopeTest {

    @Test
    void unscoped_roles_see_every_vm() {
        for (Role role : List.of(Role.ADMIN, Role.OPERATOR, Role.MANAGER)) {
            VmScope scope = VmScope.forRole(role, List.of("web-*"));
            assertThat(scope.isUnrestricted()).isTrue();
            assertThat(scope.allows("db-01")).isTrue();
        }
    }

    @Test
    void helpdesk_with_empty_scope_sees_nothing() {
        VmScope scope = VmScope.forRole(Role.HELPDESK, List.of());
        assertThat(scope).isEqualTo(VmScope.NONE);
        assertThat(scope.allows("web-01")).isFalse();
        assertThat(scope.allows("")).isFalse();
        assertThat(Messages.get(Locale.ENGLISH, scope.summary())).isEqualTo("No VMs");
    }

    @Test
    void exact_name_matches_only_that_vm_ignoring_case() {
        VmScope scope = VmScope.of(List.of("pgtest1"));
        assertThat(scope.allows("pgtest1")).isTrue();
        assertThat(scope.allows("PGTEST1")).isTrue();
        assertThat(scope.allows("pgtest10")).isFalse();
        assertThat(scope.allows("xpgtest1")).isFalse();
    }

    @Test
    void star_matches_any_run_of_characters_including_none() {
        VmScope scope = VmScope.of(List.of("web-*"));
        assertThat(scope.allows("web-")).isTrue();
        assertThat(scope.allows("web-server-01")).isTrue();
        assertThat(scope.allows("WEB-01")).isTrue();
        assertThat(scope.allows("web")).isFalse();
        assertThat(scope.allows("old-web-01")).isFalse();
    }

    @Test
    void question_mark_matches_exactly_one_character() {
        VmScope scope = VmScope.of(List.of("db-0?"));
        assertThat(scope.allows("db-01")).isTrue();
        assertThat(scope.allows("db-0")).isFalse();
        assertThat(scope.allows("db-012")).isFalse();
    }

    @Test
    void stars_in_the_middle_backtrack_correctly() {
        assertThat(VmScope.globMatches("*-prod-*", "eu-web-prod-01")).isTrue();
        assertThat(VmScope.globMatches("*-prod-*", "eu-web-prod")).isFalse();
        assertThat(VmScope.globMatches("a*b*c", "aXbYbZc")).isTrue();
        assertThat(VmScope.globMatches("a*b*c", "aXbYbZ")).isFalse();
        assertThat(VmScope.globMatches("*", "")).isTrue();
        assertThat(VmScope.globMatches("**", "anything")).isTrue();
    }

    @Test
    void regex_characters_are_literal() {
        VmScope scope = VmScope.of(List.of("web.(1)+[a]"));
        assertThat(scope.allows("web.(1)+[a]")).isTrue();
        assertThat(scope.allows("webx(1)+[a]")).isFalse();
    }

    @Test
    void any_of_several_patterns_allows_a_vm() {
        VmScope scope = VmScope.of(List.of("web-*", "pgtest1"));
        assertThat(scope.allows("pgtest1")).isTrue();
        assertThat(scope.allows("web-02")).isTrue();
        assertThat(scope.allows("mail-01")).isFalse();
    }

    @Test
    void patterns_are_trimmed_lower_cased_deduplicated_and_sorted() {
        VmScope scope = VmScope.of(List.of(" Web-* ", "web-*", "db-?"));
        assertThat(scope.patterns()).containsExactly("db-?", "web-*");
        assertThat(Messages.get(Locale.ENGLISH, scope.summary())).isEqualTo("db-?, web-*");
    }

    @Test
    void blank_overlong_and_control_character_patterns_are_rejected() {
        assertThat(VmScope.checkPattern("  ")).isPresent();
        assertThat(VmScope.checkPattern("x".repeat(VmScope.MAX_PATTERN_LENGTH + 1))).isPresent();
        assertThat(VmScope.checkPattern("web\n01")).isPresent();
        assertThat(VmScope.checkPattern("web-*")).isEmpty();
        assertThatThrownBy(() -> VmScope.of(List.of("ok", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be empty");
    }
}
