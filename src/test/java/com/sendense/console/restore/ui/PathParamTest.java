package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathParamTest {

    @ParameterizedTest
    @ValueSource(strings = {"/partition-2/Users/alice.morgan/Documents", "/partition-2/Program Files (x86)",
            "/partition-1/Shares/Projects/Naming/100% done.txt", "/partition-1/C# notes.txt", "/partition-1/a+b=c.txt",
            "/partition-1/it's \"final\".txt", "/partition-1/notes & ideas.txt", "/partition-1/報告書.txt",
            "/partition-1/Résumé – Zoë.docx", "/partition-1/what?;x~y%20z", "/partition-1/back\\slash",
            "/partition-1/Party \uD83C\uDF89 photos"})
    void every_name_survives_the_url_whether_or_not_it_gets_percent_decoded(String raw) {
        HubPath path = HubPath.of(raw);
        String param = PathParam.encode(path);

        assertThat(PathParam.decode(param)).isEqualTo(raw);
        // What a browser sends for the href, and what a servlet container hands on after decoding.
        String browser = URLEncoder.encode(param, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
        assertThat(PathParam.decode(browser)).isEqualTo(raw);
        assertThat(param).doesNotContain("%", "?", "#", ";");
    }
}
