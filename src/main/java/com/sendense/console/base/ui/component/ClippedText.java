package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Text in a grid cell that never pushes the other columns off screen: at most
 * {@code --clipped-text-max} wide (an auto-width column measures no further), cut with an
 * ellipsis, the whole text in the hover title. VMware allows 80+ character VM names, and file
 * names and hub errors can be longer still. The text is always bound as text (Lit escapes it), so
 * a name such as {@code <test>} stays a name. Every grid's text columns go through this class.
 */
public final class ClippedText {

    /** The CSS class (styles/console.css) that clips a cell's text. */
    public static final String CLASS_NAME = "clipped-text";

    static final String TEMPLATE = "<span class=\"" + CLASS_NAME + "\" title=\"${item.text}\">${item.text}</span>";

    private ClippedText() {}

    /** Shows a text column clipped, keeping its key, header, width and sorting. */
    public static <T> Grid.Column<T> clip(Grid.Column<T> column, ValueProvider<T, String> text) {
        column.setRenderer(renderer(text));
        return column;
    }

    /** Adds a clipped text column, sortable by the text as {@code Grid.addColumn(ValueProvider)} is. */
    public static <T> Grid.Column<T> addColumn(Grid<T> grid, ValueProvider<T, String> text) {
        return clip(grid.addColumn(text), text);
    }

    /** The renderer of a clipped text column. */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, String> text) {
        return LitRenderer.<T>of(TEMPLATE).withProperty("text", text);
    }

    /** A clipped text for a component cell (or anywhere a long hub string sits in a row). */
    public static Span span(String text) {
        var span = new Span(text);
        span.addClassName(CLASS_NAME);
        span.getElement().setAttribute("title", text);
        return span;
    }
}
