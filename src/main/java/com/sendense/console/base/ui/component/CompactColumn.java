package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import java.io.Serializable;
import java.util.Set;

/**
 * A grid's phone layout: one column (the name on one line, the details under it) that takes the place of the
 * wide columns below {@link NarrowScreen#LIMIT}. The column gets its renderer only while the window is narrow: a
 * hidden column's renderer still builds its cell for every row sent to the browser, so on a computer the phone
 * rows would cost each session components and data it never shows.
 */
public final class CompactColumn<T> implements Serializable {

    private final Grid<T> grid;
    private final Grid.Column<T> column;
    private final Renderer<T> rows;
    private final Set<String> beside;

    private CompactColumn(Grid<T> grid, String header, Renderer<T> rows, Set<String> beside) {
        this.grid = grid;
        this.rows = rows;
        this.beside = Set.copyOf(beside);
        this.column = grid.addColumn(nothing()).setHeader(header).setKey("compact");
        column.setVisible(false);
    }

    /**
     * Adds the compact column and switches between the layouts as the window crosses the limit.
     *
     * @param rows how a compact row looks
     * @param beside the keys of columns that stay beside the compact one (a checkbox, an action); every other
     *     column belongs to the wide layout
     */
    public static <T> CompactColumn<T> add(Grid<T> grid, String header, Renderer<T> rows, Set<String> beside) {
        var compact = new CompactColumn<>(grid, header, rows, beside);
        NarrowScreen.track(grid, compact::show);
        return compact;
    }

    /** The column, to make it sortable. */
    public Grid.Column<T> column() {
        return column;
    }

    /** The phone layout (true) or the wide one. */
    public void show(boolean narrow) {
        column.setRenderer(narrow ? rows : nothing());
        grid.getColumns().forEach(c -> {
            if (c == column) {
                c.setVisible(narrow);
            } else if (c.getKey() == null || !beside.contains(c.getKey())) {
                c.setVisible(!narrow);
            }
        });
    }

    /** What the hidden column renders: nothing, with no data per row. */
    private static <T> LitRenderer<T> nothing() {
        return LitRenderer.of("");
    }
}
