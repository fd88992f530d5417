package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.MountId;

/** The mount is not known to the console or has expired: the user can mount the disk again. */
public class MountGoneException extends RuntimeException {

    private final MountId mountId;

    public MountGoneException(MountId mountId) {
        super(Messages.get(Languages.DEFAULT, text(mountId)));
        this.mountId = mountId;
    }

    public MountId mountId() {
        return mountId;
    }

    /** What the user reads. */
    public Text text() {
        return text(mountId);
    }

    private static Text text(MountId mountId) {
        return Text.of("restore.mountGone", mountId.value());
    }
}
