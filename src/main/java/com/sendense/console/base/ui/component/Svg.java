package com.sendense.console.base.ui.component;

import java.util.Locale;
import java.util.Map;

/**
 * A tiny builder for inline SVG charts rendered on the server: no chart library, no frontend
 * bundle (the dashboard's charts, the protection timeline). Colours are Lumo custom properties
 * ({@code var(--lumo-success-color)}), so charts follow
 * the light or dark theme; every text is escaped.
 */
public final class Svg {

    private final StringBuilder body = new StringBuilder();
    private boolean interactive;
    private final double width;
    private final double height;
    private final String label;

    /**
     * @param width the view box width
     * @param height the view box height
     * @param label the text alternative, read by screen readers instead of the drawing
     */
    public Svg(double width, double height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    /** A rectangle with a tooltip; {@code data} becomes {@code data-*} attributes. */
    public Svg rect(double x, double y, double w, double h, String style, String title, Map<String, String> data) {
        body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" style=\"")
                .append(escape(style))
                .append('"');
        dataAttributes(data);
        body.append('>');
        title(title);
        body.append("</rect>");
        return this;
    }

    public Svg rect(double x, double y, double w, double h, String style, String title) {
        return rect(x, y, w, h, style, title, Map.of());
    }

    public Svg line(double x1, double y1, double x2, double y2, String style) {
        body.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" style=\"")
                .append(escape(style))
                .append("\"/>");
        return this;
    }

    /** An open line through the points {x0, y0, x1, y1, …}. */
    public Svg polyline(double[] points, String style, String title) {
        body.append("<polyline points=\"");
        for (int i = 0; i + 1 < points.length; i += 2) {
            body.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        body.append("\" style=\"").append(escape(style)).append("\">");
        title(title);
        body.append("</polyline>");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String style, String title) {
        body.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" style=\"")
                .append(escape(style))
                .append("\">");
        title(title);
        body.append("</circle>");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    public Svg text(double x, double y, String text, String anchor, String style) {
        body.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" style=\"")
                .append(escape(style))
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    /** A focusable, clickable group: children drawn by {@code content}, announced as a link. */
    public Svg link(String accessibleName, Map<String, String> data, Runnable content) {
        interactive = true;
        body.append("<g class=\"chart-link\" role=\"link\" tabindex=\"0\" aria-label=\"")
                .append(escape(accessibleName))
                .append('"');
        dataAttributes(data);
        body.append('>');
        content.run();
        body.append("</g>");
        return this;
    }

    /**
     * The finished {@code <svg>} element, scaling to its container's width. A chart with links is a named
     * group, not an image: an image's content is hidden from assistive technology, so links inside one
     * could be focused but not announced (axe: nested-interactive).
     */
    public String render() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" preserveAspectRatio=\"xMinYMin meet\" role=\"" + (interactive ? "group" : "img")
                + "\" aria-label=\"" + escape(label) + "\">" + "<title>" + escape(label) + "</title>" + body + "</svg>";
    }

    private void title(String title) {
        if (!title.isEmpty()) {
            body.append("<title>").append(escape(title)).append("</title>");
        }
    }

    private void dataAttributes(Map<String, String> data) {
        data.entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> body.append(" data-")
                        .append(e.getKey().replaceAll("[^a-z0-9-]", ""))
                        .append("=\"")
                        .append(escape(e.getValue()))
                        .append('"'));
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Coordinates with at most two decimals, always with a dot. */
    public static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
