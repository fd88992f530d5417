package com.sendense.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A keyboard user's hands: Tab until an element has the focus (as a person does, counting the presses),
 * and a check that the focus can be seen. Focus is followed through shadow roots, so a field's inner
 * input or a grid's cell counts as focus on the component.
 */
final class Keyboard {

    /** True when {@code t} or something inside it (shadow DOM included) has the focus. */
    private static final String HAS_FOCUS = """
            t => { let a = document.activeElement; const chain = [];
              while (a) { chain.push(a); a = a.shadowRoot && a.shadowRoot.activeElement; }
              return chain.some(e => e === t || t.contains(e)); }""";

    /** Whether the focus on {@code t} is drawn: Vaadin's focus-ring attribute or the browser's :focus-visible. */
    private static final String FOCUS_VISIBLE = """
            t => { let a = document.activeElement; const chain = [];
              while (a) { chain.push(a); a = a.shadowRoot && a.shadowRoot.activeElement; }
              return chain.some(e => e.hasAttribute && (e.hasAttribute('focus-ring') || e.matches(':focus-visible')))
                  || t.hasAttribute('focus-ring') || t.hasAttribute('navigating'); }""";

    private Keyboard() {}

    /**
     * Presses Tab (Shift+Tab when {@code backwards}) until {@code target} has the focus; fails after {@code max}
     * presses.
     */
    static void tabTo(Page page, Locator target, int max, boolean backwards) {
        target.first().waitFor();
        for (int i = 0; i < max; i++) {
            if ((Boolean) target.first().evaluate(HAS_FOCUS)) {
                assertThat((Boolean) target.first().evaluate(FOCUS_VISIBLE)).as("the focus on %s can be seen", target)
                        .isTrue();
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("Tab did not reach " + target + " in " + max + " presses");
    }

    static void tabTo(Page page, Locator target) {
        tabTo(page, target, 80, false);
    }

    /** Tab to the target and press Enter on it. */
    static void activate(Page page, Locator target) {
        tabTo(page, target);
        page.keyboard().press("Enter");
    }

    /** True when the grid's focused cell (or the cells of its focused row) holds the control given as argument. */
    private static final String FOCUSED_CELL_HOLDS = """
            (g, c) => { const a = g.shadowRoot.activeElement; if (!a || !a.closest('#items')) return false;
              const cells = a.tagName === 'TR' ? [...a.children] : [a];
              return cells.some(td => [...td.querySelectorAll('slot')].some(s => s.assignedNodes().some(n => n.contains(c)))); }""";

    /**
     * Reaches a control inside a grid cell as a keyboard user does: Tab into the grid, the arrow keys to the
     * cell, then F2 into the cell (the grid's interaction mode) so the control has the focus.
     */
    static void focusInGrid(Page page, Locator grid, Locator control) {
        control.first().waitFor();
        tabIntoGridBody(page, grid);
        for (int row = 0; row < 30; row++) {
            page.keyboard().press("Home");
            for (int cell = 0; cell < 15; cell++) {
                // Looked up afresh each time: a grid that refreshes (a countdown, a push) renders its cells anew,
                // and a handle taken before would point at a button no longer on the page.
                if ((Boolean) grid.evaluate(FOCUSED_CELL_HOLDS, control.first().elementHandle())) {
                    page.keyboard().press("F2");
                    // F2 focuses the cell's first control; Tab moves on to the next one in the same cell.
                    for (int next = 0; next < 4 && !(Boolean) control.first().evaluate(HAS_FOCUS); next++) {
                        page.keyboard().press("Tab");
                    }
                    assertThat((Boolean) control.first().evaluate(HAS_FOCUS)).as("F2 put the focus on %s", control)
                            .isTrue();
                    assertThat((Boolean) control.first().evaluate(FOCUS_VISIBLE))
                            .as("the focus on %s can be seen", control)
                            .isTrue();
                    return;
                }
                page.keyboard().press("ArrowRight");
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("the arrow keys did not reach " + control + " in " + grid);
    }

    /** Tabs into a grid's body (past its header row), ready for the arrow keys. */
    static void tabIntoGridBody(Page page, Locator grid) {
        tabTo(page, grid);
        for (int i = 0; i < 3 && !(Boolean) grid
                .evaluate("g => { const a = g.shadowRoot.activeElement; return !!a && !!a.closest('#items'); }"); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) grid
                .evaluate("g => !!g.shadowRoot.activeElement && !!g.shadowRoot.activeElement.closest('#items')"))
                .as("the focus is on a row of %s", grid)
                .isTrue();
    }
}
