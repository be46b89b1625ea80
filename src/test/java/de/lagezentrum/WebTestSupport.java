package de.lagezentrum;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Helpers for page tests: signing in through the real login form. */
public final class WebTestSupport {

    /** Name of the session cookie (Spring Session JDBC). */
    public static final String SESSION_COOKIE = "LAGEZENTRUM_SESSION";

    private WebTestSupport() {
    }

    /** Signs in through the form; the session lives in the database and travels as this cookie. */
    public static Cookie login(MockMvcTester mvc, String username, String password) {
        MvcTestResult result = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", password).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        return cookie;
    }
}
