package com.sendense.console.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Instants in and out of TIMESTAMP WITH TIME ZONE, the same way on H2 and PostgreSQL. */
final class Sql {

    private Sql() {}

    static @Nullable OffsetDateTime utc(@Nullable Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
