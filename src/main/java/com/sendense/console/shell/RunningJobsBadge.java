package com.sendense.console.shell;

import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.live.JobBoard;
import com.sendense.console.live.LiveUpdates;
import com.vaadin.flow.component.html.Span;

/**
 * The number of running backups on the navigation item, live; hidden when none runs, "?" while the hub cannot be read.
 */
class RunningJobsBadge extends Span {

    RunningJobsBadge(LiveUpdates live) {
        setId("running-jobs-count");
        addClassName("nav-count");
        getElement().getThemeList().add("badge"); // i18n: not text (a theme name)
        getElement().getThemeList().add("pill"); // i18n: not text (a theme name)
        getElement().getThemeList().add("small"); // i18n: not text (a theme name)
        setVisible(false);
        UiSubscriptions.whileAttached(this, ui -> live.subscribeJobs(UiSubscriptions.inUi(ui, this::show)));
    }

    void show(JobBoard board) {
        if (!board.known()) {
            // Hiding it, or keeping the last count, would claim to know what runs.
            String why = getTranslation("shell.jobs.unknown");
            setText("?");
            setVisible(true);
            getElement().getThemeList().remove("primary");
            getElement().getThemeList().add("warning"); // i18n: not text (a theme name)
            getElement().setAttribute("aria-label", why);
            getElement().setAttribute("title", why);
            return;
        }
        int count = board.activeCount();
        long stalled = board.active().stream().filter(j -> j.stalled()).count();
        setText(String.valueOf(count));
        setVisible(count > 0);
        getElement().getThemeList().remove("warning");
        getElement().getThemeList().remove("primary");
        getElement().getThemeList().add(stalled > 0 ? "warning" : "primary"); // i18n: not text (theme names)
        String text = stalled > 0
                ? getTranslation("shell.jobs.runningStalled", count, stalled)
                : getTranslation("shell.jobs.running", count);
        getElement().setAttribute("aria-label", text);
        getElement().setAttribute("title", text);
    }
}
