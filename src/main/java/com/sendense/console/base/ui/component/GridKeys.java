package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;

/**
 * Enter on a grid's row does what a click on it does. Vaadin's grid turns Space into a click but leaves
 * Enter to the cell's content, so a grid whose rows are choices (a wizard's list of VMs or recovery points)
 * could be worked with Space only, which keyboard users do not expect of a list.
 */
public final class GridKeys {

    private GridKeys() {}

    /** Calls {@code choose} with the row that has the keyboard focus when Enter is pressed in the grid's body. */
    public static <T> void chooseWithEnter(Grid<T> grid, SerializableConsumer<T> choose) {
        var focused = new Focused<T>();
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused.item != null) {
                choose.accept(focused.item);
            }
        })
                // Only on a body cell, not in a header's filter field or inside an editor.
                .setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");
    }

    private static final class Focused<T> implements Serializable {

        T item;
    }
}
