package com.sendense.console.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/** Names VMware allows that break careless URLs and HTML, and the check that they stay text. */
public final class HostileNames {

    /** Quotes, an en dash, an umlaut and a tag: the example. */
    public static final String MARKUP = "web \"quoted\" 01 – Zürich <test>";
    /** A large estate's naming scheme: exactly 120 characters. */
    public static final String LONG = "web-shop-checkout-prod-euw1-az-b-tomcat10-jdk21-blue-green-slot-b-owner-ecommerce-"
            + "platform-team-costcentre-4711-pci-dss2";
    public static final String SPACED = "web 01";
    public static final String UMLAUT = "würth-db-01";
    /** A hub error or group name with markup in it. */
    public static final String MARKUP_ERROR = "<b>NBD</b> read failed on <img src=x onerror=alert(1)> & \"disk-2000\"";

    private HostileNames() {}

    /** The component shows {@code text} literally: as text, with no element made from its tags. */
    public static void assertShownAsText(Component component, String text) {
        assertThat(component.getElement().getTextRecursively()).contains(text);
        assertThat(tags(component.getElement())).doesNotContain("test", "b", "img", "script");
    }

    private static List<String> tags(Element root) {
        List<String> tags = new ArrayList<>();
        if (root.isTextNode()) {
            return tags;
        }
        tags.add(root.getTag());
        root.getChildren().forEach(child -> tags.addAll(tags(child)));
        return tags;
    }
}
