package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import org.junit.jupiter.api.Test;

class UiSubscriptionsTest {

    /** A UI that belongs to no session any more, as a closed tab's UI after its session let it go. */
    private final UI closed = new UI();

    @Test
    void an_update_that_reaches_a_closed_ui_is_dropped_quietly() {
        SerializableConsumer<String> listener = UiSubscriptions.inUi(closed, value -> {
            throw new AssertionError("nobody is left to show " + value + " to");
        });

        assertThatCode(() -> listener.accept("42 %")).doesNotThrowAnyException();
        assertThatCode(() -> UiSubscriptions.inUi(closed, () -> {
            throw new AssertionError("not run for a closed UI");
        }).run()).doesNotThrowAnyException();
    }

    @Test
    void without_it_the_delivery_thread_would_get_an_exception_to_log() {
        SerializableConsumer<String> plain = closed.accessLater(value -> {}, null);

        assertThatThrownBy(() -> plain.accept("42 %")).isInstanceOf(UIDetachedException.class);
    }
}
