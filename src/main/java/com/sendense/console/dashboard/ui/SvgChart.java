package com.sendense.console.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shows server-built SVG and turns a click (or Enter/Space) on one of its links into a
 * {@link ChartLink} on the server. The SVG goes in as markup, because the browser only creates
 * real SVG elements when it parses them; the few lines of script are inline, so no frontend
 * bundle is needed.
 */
class SvgChart extends Div {

    /** What a chart link points at: the data-* attributes of the clicked element. */
    record ChartLink(@Nullable String status, @Nullable String from, @Nullable String to, @Nullable String vm,
            @Nullable String group) implements Serializable {}

    private static final String LINK_SCRIPT = """
            if (!this.__chartLinks) {
              this.__chartLinks = true;
              const fire = t => this.dispatchEvent(new CustomEvent('chart-link', {detail: Object.assign({}, t.dataset)}));
              this.addEventListener('click', e => { const t = e.target.closest('.chart-link'); if (t) fire(t); });
              this.addEventListener('keydown', e => {
                const t = e.target.closest('.chart-link');
                if (t && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); fire(t); }
              });
            }""";

    private final List<SerializableConsumer<ChartLink>> listeners = new ArrayList<>();

    SvgChart(String className) {
        addClassNames("svg-chart", className);
        getElement().addEventListener("chart-link", e -> select(e.getEventDetail(ChartLink.class))).addEventDetail();
        addAttachListener(e -> getElement().executeJs(LINK_SCRIPT));
    }

    void setSvg(String svg) {
        getElement().setProperty("innerHTML", svg);
    }

    /** The markup shown, for tests. */
    String svg() {
        return getElement().getProperty("innerHTML", "");
    }

    Registration addLinkListener(SerializableConsumer<ChartLink> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** What a click on a link does; tests call it directly. */
    void select(@Nullable ChartLink link) {
        if (link != null) {
            List.copyOf(listeners).forEach(l -> l.accept(link));
        }
    }
}
