package de.lagezentrum.platform.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * "Angemeldet bleiben": the page's warning before a session ends calls this; the request itself renews the
 * session (its last access moves to now), so there is nothing else to do.
 */
@RestController
class SessionKeepAlive {

    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        CurrentUser.require();
        return ResponseEntity.noContent().build();
    }
}
