package de.lagezentrum.platform.security;

/** A security principal (form login, OpenID Connect) that carries the Lagezentrum user behind it. */
public interface CurrentUserHolder {

    /** The user this principal stands for. */
    CurrentUser currentUser();
}
