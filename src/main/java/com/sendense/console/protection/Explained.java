package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;

/**
 * A refusal or failure of the protection services that carries its reason as a {@link Text}, for the view
 * to translate into the reader's language; {@code getMessage()} stays English, for the log.
 */
public interface Explained {

    Text text();
}
