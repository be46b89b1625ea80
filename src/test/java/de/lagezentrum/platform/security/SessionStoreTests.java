package de.lagezentrum.platform.security;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions stay whole under a browser's parallel requests: two requests adding the same attribute both
 * save, and a request that loaded the session before the sign-in changed its id cannot undo the change.
 * A request that only touches the session writes its row at most once a minute.
 */
@IntegrationTest
class SessionStoreTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aSessionUsedWithinAMinuteOfItsStoredLastAccessIsNotWrittenAgain() {
        SessionRepository sessions = repository;
        Session created = (Session) sessions.createSession();
        Instant stored = created.getLastAccessedTime();
        sessions.save(created);

        Session soon = (Session) sessions.findById(created.getId());
        soon.setLastAccessedTime(stored.plusSeconds(59));
        sessions.save(soon);
        assertThat(lastAccess(created.getId())).isEqualTo(stored.toEpochMilli());

        Session later = (Session) sessions.findById(created.getId());
        later.setLastAccessedTime(stored.plusSeconds(61));
        sessions.save(later);
        assertThat(lastAccess(created.getId())).isEqualTo(stored.plusSeconds(61).toEpochMilli());
        sessions.deleteById(created.getId());
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("SELECT last_access_time FROM platform.spring_session WHERE session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void concurrentRequestsAddingTheSameAttributeBothSave() {
        // Through the interface: the repository's session class is not public.
        SessionRepository sessions = repository;
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        // Both requests load the session before either saves, as two parallel requests of a browser do.
        Session first = (Session) sessions.findById(created.getId());
        Session second = (Session) sessions.findById(created.getId());
        first.setAttribute("lagezentrum.test", "erste Anfrage");
        second.setAttribute("lagezentrum.test", "zweite Anfrage");

        sessions.save(first);
        sessions.save(second);

        assertThat((String) ((Session) sessions.findById(created.getId())).getAttribute("lagezentrum.test"))
                .isEqualTo("zweite Anfrage");
        sessions.deleteById(created.getId());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aRequestThatLoadedTheSessionBeforeTheSignInCannotUndoTheNewSessionId() {
        SessionRepository sessions = repository;
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        String before = created.getId();
        Instant loaded = Instant.now();
        // A stylesheet request of the login page loads the session; then the sign-in loads it too.
        Session stylesheet = (Session) sessions.findById(before);
        stylesheet.setLastAccessedTime(loaded);
        Session signIn = (Session) sessions.findById(before);
        signIn.setLastAccessedTime(loaded.plusMillis(50));
        String after = signIn.changeSessionId();
        signIn.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "stab");
        sessions.save(signIn);

        // The stylesheet request ends last and saves its stale copy, with the old id and no principal.
        sessions.save(stylesheet);

        Session current = (Session) sessions.findById(after);
        assertThat(current).as("the signed-in session under its new id").isNotNull();
        assertThat((String) current.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME))
                .isEqualTo("stab");
        assertThat(sessions.findById(before)).as("the id from before the sign-in").isNull();
        assertThat(repository.findByPrincipalName("stab")).containsKey(after);
        sessions.deleteById(after);
    }
}
