package de.lagezentrum.platform.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Within a request, the session just saved is not read back from the database; the first read of every
 * request is, and outside a request every read is. The row is deleted behind the store's back to tell a
 * read of the database (nothing found) from the memo (the session just saved).
 */
@IntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class SessionReadOnceTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    void aSessionSavedInARequestIsNotReadAgainInThatRequest() throws Exception {
        SessionRepository sessions = repository;
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        List<Object> seen = new ArrayList<>();

        request((request, response) -> {
            Session loaded = (Session) sessions.findById(created.getId());
            seen.add(loaded);
            loaded.setAttribute("lagezentrum.test", "gespeichert");
            sessions.save(loaded);
            deleteRow(created.getId());
            // Spring Session's filter asks again right after saving: the session it saved.
            seen.add(sessions.findById(created.getId()));
            // Asked once more without a save in between: the database, where the row is gone.
            seen.add(sessions.findById(created.getId()));
        });

        assertThat(seen.get(0)).as("the request's first read, from the database").isNotNull().isNotSameAs(created);
        assertThat(seen.get(1)).as("the read right after the save").isSameAs(seen.get(0));
        assertThat(seen.get(2)).as("a later read").isNull();
    }

    @Test
    void nothingIsRememberedOutsideOrAcrossRequests() throws Exception {
        SessionRepository sessions = repository;
        Session outside = (Session) sessions.createSession();
        sessions.save(outside);
        deleteRow(outside.getId());
        assertThat(sessions.findById(outside.getId())).as("outside a request").isNull();

        Session created = (Session) sessions.createSession();
        sessions.save(created);
        request((request, response) -> sessions.save(sessions.findById(created.getId())));
        deleteRow(created.getId());
        List<Object> seen = new ArrayList<>();
        request((request, response) -> seen.add(sessions.findById(created.getId())));
        assertThat(seen).as("the next request's first read, after the session was ended").containsOnlyNulls();

        Session other = (Session) sessions.createSession();
        sessions.save(other);
        request((request, response) -> {
            sessions.save(sessions.findById(other.getId()));
            deleteRow(other.getId());
            // Another call of the store between the save and the read: the memo is gone.
            sessions.findById(created.getId());
            seen.add(sessions.findById(other.getId()));
        });
        assertThat(seen).containsOnlyNulls().hasSize(2);
    }

    private static void request(FilterChain work) throws Exception {
        new SessionReadOnce.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), work);
    }

    private void deleteRow(String sessionId) {
        jdbc.sql("DELETE FROM platform.spring_session WHERE session_id = ?").param(sessionId).update();
    }
}
