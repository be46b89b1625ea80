package de.lagezentrum.platform.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every browser session of a user, e.g. after their account was disabled or its roles changed. */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends all sessions whose principal is this username. */
    public void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
