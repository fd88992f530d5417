package com.sendense.console.backups.ui;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static com.sendense.console.backups.TestBackups.completed;
import static com.sendense.console.backups.TestBackups.failed;
import static com.sendense.console.hub.BackupType.FULL;
import static com.sendense.console.hub.BackupType.INCREMENTAL;
import static com.sendense.console.testsupport.HostileNames.LONG;
import static com.sendense.console.testsupport.HostileNames.MARKUP;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.SPACED;
import static com.sendense.console.testsupport.HostileNames.UMLAUT;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithMockUser;

/** VM names VMware allows, through every backup page and link: the URL round trip and text, never markup. */
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class HostileVmNamesTest extends BackupViewsTestBase {

    @BeforeEach
    void hostileVms() {
        for (String name : List.of(MARKUP, LONG, SPACED, UMLAUT)) {
            hub.withVm(FakeHubClient.vm(name, "linux", PowerState.ON), FakeHubClient.disk(0, 30));
            hub.backups.add(completed(name, LOCAL, FULL, "2025-10-05T01:00:00Z", 10, 10L << 30));
            hub.backups.add(completed(name, LOCAL, INCREMENTAL, "2025-10-06T01:00:00Z", 2, 1L << 30));
            hub.backups.add(failed(name, LOCAL, INCREMENTAL, "2025-10-07T01:00:00Z", MARKUP_ERROR));
        }
        service.refresh();
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG, SPACED, UMLAUT})
    @BadInput("unicode and long names")
    void a_vms_history_opens_from_its_own_links_as_the_browser_sends_them(String name) {
        BackupsNavigation.showHistory(name);
        var view = (VmBackupHistoryView) getCurrentView();
        String href = browserEncoded(view.location().getPath());

        var reopened = (VmBackupHistoryView) open(href);
        assertThat(test(reopened.grid).size()).isEqualTo(3);
        assertThat(reopened.emptyState.getElement().getTextRecursively()).doesNotContain("No VM named");
        assertThat(reopened.getPageTitle()).isEqualTo("Backups of " + name);
        var reloaded = (VmBackupHistoryView) open(URLDecoder.decode(href, StandardCharsets.UTF_8));
        assertThat(test(reloaded.grid).size()).as("a reload the container decoded").isEqualTo(3);

        var chain = (BackupChainView) open(browserEncoded(reopened.chainLink.getHref()));
        assertThat(chain.getPageTitle()).isEqualTo("Recovery points of " + name);
        assertThat(chain.emptyState.getElement().getTextRecursively()).doesNotContain("No VM named");
        assertThat(chain.summary.getText()).isEqualTo("2 recovery points in 1 repository");
        var back = (VmBackupHistoryView) open(browserEncoded(chain.historyLink.getHref()));
        assertThat(test(back.grid).size()).isEqualTo(3);

        var all = (BackupHistoryView) open(reopened.allLink.getHref());
        assertThat(all.filters.filter().vmName()).isEqualTo(name);
        assertThat(test(all.grid).size()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, LONG})
    @BadInput("markup in hub strings")
    void names_and_errors_are_text_in_every_backup_view(String name) {
        BackupsNavigation.showHistory(name);
        var history = (VmBackupHistoryView) getCurrentView();
        assertThat(find(H1.class).single().getText()).isEqualTo("Backup history: " + name);
        assertShownAsText(history, name);
        assertShownAsText(test(history.grid).getCellComponent(0, "status"), MARKUP_ERROR);

        BackupsNavigation.showChain(name);
        assertThat(find(H1.class).single().getText()).isEqualTo("Recovery points: " + name);
        assertShownAsText((BackupChainView) getCurrentView(), name);

        BackupsNavigation.showAllHistory(HistoryFilter.ALL.withVm(name));
        var all = (BackupHistoryView) getCurrentView();
        var vmCell = (Span) test(all.grid).getCellComponent(0, "vm");
        assertThat(vmCell.getText()).isEqualTo(name);
        assertThat(vmCell.getElement().getAttribute("title")).isEqualTo(name);
        assertThat(vmCell.getClassNames()).contains(ClippedText.CLASS_NAME);
        assertThat(vmCell.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertShownAsText(test(all.grid).getCellComponent(0, "status"), MARKUP_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {MARKUP, SPACED, UMLAUT, "a+b & c=d", "100% sure", "x/y?z#w"})
    @BadInput("unicode and long names")
    void the_all_vm_history_filter_survives_its_query_string(String name) {
        String query = HistoryUrl.toQuery(HistoryFilter.ALL.withVm(name), HistoryOrder.NEWEST_FIRST).getQueryString();

        assertThat(HistoryUrl.filter(com.vaadin.flow.router.QueryParameters.fromString(query)).vmName())
                .isEqualTo(name);
    }

    /**
     * What a browser's address bar and a clicked link do to a path: percent-encode spaces, quotes, tags and non-ASCII.
     */
    private static String browserEncoded(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>`{}".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
