package com.sendense.console.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Destructive confirmations open with the focus on the safe choice, so an Enter or Space meant for
 * the page behind does no harm. {@code vaadin-confirm-dialog} focuses its confirm button when its
 * overlay has opened (its {@code vaadin-overlay-open} handler); the overlay then re-dispatches that
 * event on {@code document.body}, so a body listener runs after it and moves the focus to Cancel.
 */
public final class SafeChoice {

    /** Marks a dialog that opens on its cancel button; tests look for it. */
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

    private SafeChoice() {
    }

    /**
     * Makes the dialog cancelable and open with the focus on Cancel.
     *
     * @param dialog a confirmation of something that cannot be undone
     * @param cancelText the safe choice's words, e.g. "Keep it"
     * @return the dialog
     */
    public static ConfirmDialog focusCancel(ConfirmDialog dialog, String cancelText) {
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.getElement().setAttribute(ATTRIBUTE, "cancel");
        // Runs again on every attach: the element may be re-created on the client after a detach.
        dialog.addAttachListener(e -> dialog.getElement().executeJs(FOCUS_CANCEL_ON_OPEN));
        return dialog;
    }
}
