package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserRulesTest {

    @Test
    void usernames_are_normalized_to_lower_case_without_surrounding_blanks() {
        assertThat(UserRules.normalizeUsername("  Alice ")).isEqualTo("alice");
    }

    @Test
    void usernames_allow_letters_digits_dot_dash_underscore() {
        assertThat(UserRules.checkUsername("j.doe_2-x")).isEmpty();
        assertThat(UserRules.checkUsername("Alice")).isEmpty();
        assertThat(UserRules.checkUsername("a")).isPresent();
        assertThat(UserRules.checkUsername("-alice")).isPresent();
        assertThat(UserRules.checkUsername("al ice")).isPresent();
        assertThat(UserRules.checkUsername("a".repeat(33))).isPresent();
    }

    @Test
    void passwords_need_ten_characters_and_at_most_72_bytes() {
        assertThat(UserRules.checkPassword("123456789").map(t -> Messages.get(Locale.ENGLISH, t)))
                .contains("A password needs at least 10 characters");
        assertThat(UserRules.checkPassword("1234567890")).isEmpty();
        assertThat(UserRules.checkPassword("x".repeat(72))).isEmpty();
        assertThat(UserRules.checkPassword("é".repeat(37))).isPresent();
        assertThat(UserRules.checkPassword(" ".repeat(12))).isPresent();
    }

    @Test
    void display_names_are_required_and_bounded() {
        assertThat(UserRules.checkDisplayName(" ")).isPresent();
        assertThat(UserRules.checkDisplayName("x".repeat(101))).isPresent();
        assertThat(UserRules.checkDisplayName("Alice Smith")).isEmpty();
    }
}
