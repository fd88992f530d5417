package com.sendense.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * Ties a subscription to the application-wide live updates to a component's attachment: subscribe
 * on attach, unsubscribe on detach. This is the only way UI code listens to background events,
 * so a closed tab never leaves a listener (and its UI) behind.
 */
public final class UiSubscriptions {

    /** A closed tab can get one more update before its detach listener unsubscribes it: nobody is left to show it to. */
    private static final SerializableRunnable DROP_WHEN_CLOSED = () -> { };

    private UiSubscriptions() {
    }

    /**
     * {@code listener} run in {@code ui} with its session locked ({@link UI#accessLater}); a value
     * that arrives after the UI has closed is dropped quietly.
     */
    public static <T> SerializableConsumer<T> inUi(UI ui, SerializableConsumer<T> listener) {
        return ui.accessLater(listener, DROP_WHEN_CLOSED);
    }

    /** {@code command} run in {@code ui} with its session locked; dropped if the UI has closed by then. */
    public static SerializableRunnable inUi(UI ui, SerializableRunnable command) {
        return ui.accessLater(command, DROP_WHEN_CLOSED);
    }

    /**
     * Runs {@code subscribe} each time {@code component} is attached and removes the registration it
     * returns when the component is detached. The function gets the component's UI so it can wrap its
     * consumer with {@link UI#accessLater}.
     */
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
