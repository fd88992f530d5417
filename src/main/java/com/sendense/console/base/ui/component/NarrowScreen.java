package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a component whether its window is phone-narrow, now and whenever the window is resized across
 * the limit, so grids can switch to their compact layout (one cell: the name on one line, details under
 * it) and breadcrumbs can fold into a menu. Grid columns live in the grid's shadow DOM, out of reach of a
 * CSS media query, hence this small server-side switch.
 */
public final class NarrowScreen {

    /** Below this window width (CSS pixels) the console uses its compact layouts; a phone is 360–430. */
    public static final int LIMIT = 600;

    private NarrowScreen() {}

    /**
     * Calls {@code onChange} once the window's width is known, and again each time it crosses
     * {@link #LIMIT}; stops when the component is detached.
     */
    public static void track(Component component, Consumer<Boolean> onChange) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean[] narrow = new boolean[1];
            ui.getPage().retrieveExtendedClientDetails(details -> {
                narrow[0] = details.getWindowInnerWidth() < LIMIT;
                onChange.accept(narrow[0]);
            });
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> {
                boolean now = e.getWidth() < LIMIT;
                if (now != narrow[0]) {
                    narrow[0] = now;
                    onChange.accept(now);
                }
            });
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
