package com.sendense.console.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.HostileNames;
import com.sendense.reliability.BadInput;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;

class ClippedTextTest {

    @Test
    @BadInput("markup in hub strings")
    void a_cell_binds_the_hub_string_as_text_and_as_its_hover_title() {
        var renderer = ClippedText.<String>renderer(s -> s);

        assertThat(ClippedText.TEMPLATE)
                .isEqualTo("<span class=\"clipped-text\" title=\"${item.text}\">${item.text}</span>")
                .doesNotContain("innerHTML", "unsafeHTML", ".innerHTML");
        assertThat(renderer.getValueProviders().get("text").apply(HostileNames.MARKUP_ERROR))
                .isEqualTo(HostileNames.MARKUP_ERROR);
    }

    @Test
    @BadInput("unicode and long names")
    void a_column_keeps_sorting_by_the_text_and_renders_it_clipped() {
        var grid = new Grid<String>();
        var column = ClippedText.addColumn(grid, s -> s).setKey("name");

        assertThat(column.getRenderer()).isInstanceOf(LitRenderer.class);
        assertThat(column.getComparator(com.vaadin.flow.data.provider.SortDirection.ASCENDING)
                .compare(HostileNames.MARKUP, HostileNames.LONG)).isNegative();
    }

    @Test
    @BadInput("markup in hub strings")
    void a_span_shows_the_whole_name_as_text_with_the_same_title() {
        var span = ClippedText.span(HostileNames.MARKUP);

        assertThat(span.getText()).isEqualTo(HostileNames.MARKUP);
        assertThat(span.getElement().getAttribute("title")).isEqualTo(HostileNames.MARKUP);
        assertThat(span.getClassNames()).containsExactly(ClippedText.CLASS_NAME);
        HostileNames.assertShownAsText(span, HostileNames.MARKUP);
    }
}
