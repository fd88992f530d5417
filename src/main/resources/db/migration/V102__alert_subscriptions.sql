-- Issue 14: a user's own alert address and digest choice, and the event kinds they want per e-mail channel.
CREATE TABLE alert_recipient (
    user_id BIGINT       NOT NULL,
    email   VARCHAR(254) NOT NULL,
    digest  BOOLEAN      NOT NULL,
    CONSTRAINT pk_alert_recipient PRIMARY KEY (user_id),
    CONSTRAINT fk_alert_recipient_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE alert_subscription (
    user_id    BIGINT      NOT NULL,
    channel_id BIGINT      NOT NULL,
    kind       VARCHAR(24) NOT NULL,
    CONSTRAINT pk_alert_subscription PRIMARY KEY (user_id, channel_id, kind),
    CONSTRAINT fk_alert_subscription_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_alert_subscription_channel FOREIGN KEY (channel_id) REFERENCES alert_channel (id) ON DELETE CASCADE
);
