package de.lagezentrum.platform.security;

import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many password hashes run at once. An Argon2 hash holds its memory (19 MiB by default)
 * and a core while it runs, so 200 sign-ins at the start of a crisis would need about 4 GiB of heap
 * and still finish no sooner than the cores allow. Beyond the permits, callers queue in arrival order
 * and hash when a permit is free: the memory stays bounded by the permits, and the sign-ins are done
 * as fast as before.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one password hash must be able to run");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true);
    }

    /** The permits for {@code configured} hashes at once; 0 means one per core (at least two). */
    static int permits(int configured) {
        return configured > 0 ? configured : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        }
        finally {
            permits.release();
        }
    }

    /**
     * A password that is no valid text (a lone UTF-16 surrogate, which JSON can carry as {@code "\ud800"})
     * matches nothing: every stored password was valid text when it was hashed, and Argon2 cannot encode it
     * into bytes (Bouncy Castle throws), which made a wrong sign-in a 500.
     */
    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword != null && !isValidText(rawPassword)) {
            return false;
        }
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        }
        finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Whether every surrogate is part of a pair. */
    static boolean isValidText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** How many callers wait for a permit (for tests). */
    int waiting() {
        return permits.getQueueLength();
    }

    private void acquire() {
        try {
            permits.acquire();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
    }
}
