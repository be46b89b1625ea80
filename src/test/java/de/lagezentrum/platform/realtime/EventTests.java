package de.lagezentrum.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An event is rendered in the text/event-stream format once, for every stream it goes to. */
class EventTests {

    @Test
    void anEventIsRenderedAsIdNameAndADataLinePerLineOfItsData() {
        Event event = new Event(42, "live:1", "results", "{\"text\":\"Grüße\"}\nzweite Zeile", Instant.EPOCH);

        byte[] bytes = event.bytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("id:42\nevent:results\ndata:{\"text\":\"Grüße\"}\ndata:zweite Zeile\n\n");
        assertThat(event.bytes()).as("rendered once").isSameAs(bytes);
        assertThat(event).isEqualTo(new Event(42, "live:1", "results", "{\"text\":\"Grüße\"}\nzweite Zeile",
                Instant.EPOCH));
    }
}
