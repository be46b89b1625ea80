package de.lagezentrum.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two requests of one session adding the same attribute at once both save; the later value wins. */
@IntegrationTest
class SessionStoreTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

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
}
