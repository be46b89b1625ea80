package de.lagezentrum.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.CurrentUserHolder;

/** A local account as Spring Security's form login sees it. */
final class AccountUserDetails implements UserDetails, CredentialsContainer, CurrentUserHolder {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;

    AccountUserDetails(CurrentUser user, @Nullable String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
