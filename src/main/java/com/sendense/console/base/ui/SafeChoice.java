package com.sendense.console.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Destructive confirmations open on the safe choice, so an Enter or Space meant for the page behind is harmless.
 * {@code vaadin-confirm-dialog} focuses Confirm in its {@code vaadin-overlay-open} handler; the overlay
 * re-dispatches that event on {@code document.body}, so a body listener runs after it and focuses Cancel.
 */
public final class SafeChoice {

    /** Tests look for it. */
    public static final String ATTRIBUTE = "data-initial-focus";

    private static final String FOCUS_CANCEL_ON_OPEN = """
            const dialog = this;
            if (dialog.__focusCancelOnOpen) {
              return;
            }
            dialog.__focusCancelOnOpen = (e) => {
              if (!dialog.isConnected) {
                document.body.removeEventListener('vaadin-overlay-open', dialog.__focusCancelOnOpen);
                delete dialog.__focusCancelOnOpen;
                return;
              }
              if (e.detail && e.detail.overlay && e.detail.overlay.owner === dialog) {
                const cancel = dialog.querySelector('[slot="cancel-button"]');
                if (cancel) {
                  cancel.focus();
                }
              }
            };
            document.body.addEventListener('vaadin-overlay-open', dialog.__focusCancelOnOpen);
            """;

    private SafeChoice() {}

    public static ConfirmDialog focusCancel(ConfirmDialog dialog, String cancelText) {
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.getElement().setAttribute(ATTRIBUTE, "cancel");
        // Runs again on every attach: the element may be re-created on the client after a detach.
        dialog.addAttachListener(e -> dialog.getElement().executeJs(FOCUS_CANCEL_ON_OPEN));
        return dialog;
    }
}
