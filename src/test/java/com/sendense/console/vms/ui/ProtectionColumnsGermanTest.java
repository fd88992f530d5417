package com.sendense.console.vms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.CoveringFlow;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Why a flow does not protect a VM, on the VM pages: the reason is in the page's language too. */
class ProtectionColumnsGermanTest {

    @Test
    void a_disabled_flow_is_explained_in_german() {
        var flow = new CoveringFlow("f1", "Nächtlich", FlowTargetType.GROUP, "Web", null, null, null,
                Text.of("protection.coverage.disabled"));

        assertThat(ProtectionColumns.ignored(flow, Locale.GERMAN))
                .isEqualTo("Flow Nächtlich (über Gruppe Web) ist deaktiviert");
        assertThat(ProtectionColumns.ignored(flow, Locale.ENGLISH)).endsWith(" is disabled");
    }
}
