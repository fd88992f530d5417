package com.sendense.console.alerts;

import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Administration → Delivery log: what was sent, what waits, what failed; "send again" for failed rows. */
@Service
public class DeliveryLogService {

    public static final int LIMIT = 500;

    private final Outbox outbox;
    private final ChannelStore channels;
    private final Clock clock;

    DeliveryLogService(Outbox outbox, ChannelStore channels, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
    }

    /** Newest first, at most {@value #LIMIT}; rows folded into a digest show as the digest. */
    @RolesAllowed(Roles.ADMIN)
    public List<Delivery> recent() {
        return outbox.recent(LIMIT);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Channel> channels() {
        return channels.all();
    }

    /** False when the row is no longer failed (someone sent it again already). */
    @RolesAllowed(Roles.ADMIN)
    public boolean sendAgain(long id) {
        return outbox.sendAgain(id, clock.instant());
    }
}
