package testsupport.oidc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The people known to the test provider: their passwords, the claims their ID tokens carry (changeable
 * between logins) and the session id ({@code sid}) last issued to each of them.
 */
final class ProviderUsers implements UserDetailsService {

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();
    private final Map<String, String> sessionIds = new ConcurrentHashMap<>();

    void add(String username, String password, Map<String, Object> userClaims) {
        passwords.put(username, password);
        claims.put(username, Map.copyOf(userClaims));
    }

    void putClaim(String username, String name, Object value) {
        claims.compute(username, (key, old) -> {
            if (old == null) {
                throw new IllegalArgumentException("Unknown user " + username);
            }
            var changed = new HashMap<>(old);
            changed.put(name, value);
            return Map.copyOf(changed);
        });
    }

    Map<String, Object> claimsOf(String username) {
        return claims.getOrDefault(username, Map.of());
    }

    void issuedSession(String username, String sid) {
        sessionIds.put(username, sid);
    }

    Optional<String> sessionIdOf(String username) {
        return Optional.ofNullable(sessionIds.get(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return User.withUsername(username).password("{noop}" + password).roles("USER").build();
    }
}
