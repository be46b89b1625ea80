package de.lagezentrum.live.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.EventStore.JoinTarget;
import de.lagezentrum.live.events.EventStore.ParticipantRow;
import de.lagezentrum.live.events.ParticipantTokens.Claims;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Joining by code and knowing participants again by their tokens. A participant's name and account never
 * change after the join, so they are cached by id: a vote burst reads no participant rows.
 */
@Component
public class Participation {

    static final int MAX_NAME = 100;

    private final EventStore store;
    private final ParticipantTokens tokens;
    private final Clock clock;
    private final Cache<UUID, ParticipantRow> participants = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    Participation(EventStore store, ParticipantTokens tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    public String newJoinCode() {
        return JoinCodes.generate();
    }

    public byte[] newTokenKey() {
        return ParticipantTokens.newKey();
    }

    /** See {@link de.lagezentrum.live.LiveEvents#join}; runs in the caller's transaction. */
    public Joined join(@Nullable String typedCode, @Nullable String typedName, @Nullable CurrentUser user) {
        String code = JoinCodes.normalise(typedCode).orElseThrow(() -> new NotFoundException("LiveEvent"));
        JoinTarget target = TenantScope.call(Purpose.LIVE_JOIN, () -> store.byJoinCode(code))
                .orElseThrow(() -> new NotFoundException("LiveEvent"));
        Instant now = clock.instant();
        if (target.cancelled()) {
            throw new ConflictException("live.join.cancelled");
        }
        if (!target.end().isAfter(now)) {
            throw new ConflictException("live.join.ended");
        }
        String name = name(typedName);
        CurrentUser member = user != null && user.tenantId().equals(target.tenantId()) ? user : null;
        if (target.joinPolicy() == JoinPolicy.CITY_ACCOUNTS && member == null) {
            throw new AccessDeniedException("live.join.account-required");
        }
        if (target.joinPolicy() != JoinPolicy.ANONYMOUS && name == null) {
            name = member != null ? member.displayName() : null;
            if (name == null) {
                throw new InvalidInputException("displayName", "live.join.name.required");
            }
        }
        String participantName = name;
        UUID participantId = TenantScope.call(target.tenantId(), () -> {
            if (member != null) {
                return store.personParticipant(target.tenantId(), target.eventId(), member.personId(),
                        participantName, now);
            }
            UUID id = UUID.randomUUID();
            store.insertParticipant(target.tenantId(), id, target.eventId(), participantName, now);
            return id;
        });
        byte[] key = tokens.key(target.tenantId(), target.eventId());
        if (key == null) {
            throw new NotFoundException("LiveEvent");
        }
        Instant expires = (target.end().isAfter(now) ? target.end() : now).plus(ParticipantTokens.AFTER_END);
        String token = tokens.issue(target.tenantId(), target.eventId(), participantId, expires, key);
        // A city account's participant may have joined before under its first name: read what is stored.
        ParticipantRow row = member != null
                ? TenantScope.call(target.tenantId(), () -> store.participant(target.tenantId(), target.eventId(),
                        participantId)).orElseThrow()
                : new ParticipantRow(participantName, null);
        participants.put(participantId, row);
        return new Joined(token, new Participant(target.tenantId(), target.eventId(), participantId, row.displayName(),
                row.personId()), expires);
    }

    /** The participant behind genuine claims; empty if the row is gone. */
    public Optional<Participant> participant(Claims claims) {
        ParticipantRow row = participants.getIfPresent(claims.participantId());
        if (row == null) {
            row = TenantScope.call(claims.tenantId(), () -> store.participant(claims.tenantId(), claims.eventId(),
                    claims.participantId())).orElse(null);
            if (row == null) {
                return Optional.empty();
            }
            participants.put(claims.participantId(), row);
        }
        return Optional.of(new Participant(claims.tenantId(), claims.eventId(), claims.participantId(),
                row.displayName(), row.personId()));
    }

    private static @Nullable String name(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String name = typed.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("displayName", "live.join.name.too-long");
        }
        return name;
    }
}
