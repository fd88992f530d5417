package com.sendense.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * The only way UI code listens to background events: subscribed while attached, so a closed tab never
 * leaves a listener (and its UI) behind.
 */
public final class UiSubscriptions {

    /**
     * A closed tab can get one more update before its detach listener unsubscribes it: nobody is left to show it to.
     */
    private static final SerializableRunnable DROP_WHEN_CLOSED = () -> {};

    private UiSubscriptions() {}

    /** Runs in {@code ui} with its session locked; a value arriving after the UI has closed is dropped. */
    public static <T> SerializableConsumer<T> inUi(UI ui, SerializableConsumer<T> listener) {
        return ui.accessLater(listener, DROP_WHEN_CLOSED);
    }

    public static SerializableRunnable inUi(UI ui, SerializableRunnable command) {
        return ui.accessLater(command, DROP_WHEN_CLOSED);
    }

    /** Subscribes on every attach, unsubscribes on detach; {@code subscribe} gets the UI for {@link #inUi}. */
    public static Registration whileAttached(Component component, SerializableFunction<UI, Registration> subscribe) {
        var holder = new Registration[1];
        Registration onAttach = component.addAttachListener(e -> {
            remove(holder);
            holder[0] = subscribe.apply(e.getUI());
        });
        Registration onDetach = component.addDetachListener(e -> remove(holder));
        component.getUI().ifPresent(ui -> holder[0] = subscribe.apply(ui));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            remove(holder);
        };
    }

    private static void remove(Registration[] holder) {
        if (holder[0] != null) {
            holder[0].remove();
            holder[0] = null;
        }
    }
}
