package com.sendense.console.testsupport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * The text of a grid cell whatever renders it. The browserless grid tester reads plain text
 * columns only; clipped text columns ({@code ClippedText}) bind their text as the Lit property
 * {@code text}, which this reads instead.
 */
public final class GridCells {

    private GridCells() {}

    @SuppressWarnings("unchecked")
    public static <T> String text(Grid<T> grid, T item, String columnKey) {
        var column = grid.getColumnByKey(columnKey);
        if (column.getRenderer() instanceof LitRenderer<T> lit && lit.getValueProviders().containsKey("text")) {
            return String.valueOf(((ValueProvider<T, ?>) lit.getValueProviders().get("text")).apply(item));
        }
        throw new IllegalArgumentException("Column " + columnKey + " is not a clipped text column");
    }
}
