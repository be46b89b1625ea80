package de.lagezentrum.platform.realtime;

import java.time.Instant;

/** One event as it arrived from PostgreSQL: its data is the JSON text to send. */
record Event(long id, String topic, String name, String data, Instant receivedAt) {
}
