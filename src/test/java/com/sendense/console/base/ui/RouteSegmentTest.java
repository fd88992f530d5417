package com.sendense.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.reliability.BadInput;
import com.vaadin.flow.router.Location;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteSegmentTest {

    private static final String LONG = "prd-euw1-az2-finance-sap-s4hana-application-server-primary-instance-"
            + "0042-hot-standby-cluster-node-b-emea-q3-2026";

    @ParameterizedTest
    @ValueSource(strings = {"web-01", "web 01", "würth-db-01", "web \"quoted\" 01 – Zürich <test>", "a+b", "100%",
            "100%25", "x/y", "what?", "C# box", "it's", "semi;colon", "back\\slash", "tilde~7E", "web%2001", "日本語-vm",
            "emoji 🚀 vm", "tab\there", "&amp;", LONG})
    @BadInput("unicode and long names")
    void any_vm_name_survives_every_way_a_url_comes_back(String name) {
        String segment = RouteSegment.encode(name);
        String typed = browserEncoded(segment);

        assertThat(segment).doesNotContain("/", "?", "#", "%");
        assertThat(RouteSegment.decode(segment)).as("server-side navigation").isEqualTo(name);
        assertThat(RouteSegment.decode(typed)).as("a clicked link, percent-encoded by the browser").isEqualTo(name);
        assertThat(RouteSegment.decode(URLDecoder.decode(typed.replace("+", "%2B"), StandardCharsets.UTF_8)))
                .as("a reload the container decoded")
                .isEqualTo(name);
        assertThat(new Location("backups/vm/" + typed + "/chain").getSegments())
                .as("one path segment for Vaadin's router")
                .hasSize(4)
                .element(2)
                .isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-01", "pgtest1", "sql-prod-01", "dc01.example.local"})
    void plain_names_stay_readable(String name) {
        assertThat(RouteSegment.encode(name)).isEqualTo(name);
    }

    /** What a browser does to a path segment: the URL standard's path percent-encode set plus non-ASCII. */
    private static String browserEncoded(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"#<>?`{}".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
