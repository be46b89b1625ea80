package de.lagezentrum.staff;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An item proposed for a session's agenda.
 *
 * @param topic the staff's topic area it belongs to; may be null
 * @param presenterId who presents it; may be null
 */
public record NewAgendaItem(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 200) String topic,
        @Nullable UUID presenterId) {
}
