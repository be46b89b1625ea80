package de.lagezentrum.briefing.media;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Lets one ffmpeg cut of an O-Ton run at a time on this instance, and only so many cuts at all. A published
 * O-Ton is fetched by many listeners and feed readers in the same moment: one cut runs, the others are told
 * to serve the recording meanwhile instead of each starting an ffmpeg that takes a core for up to its timeout.
 */
final class CutGate {

    private final Set<UUID> cutting = ConcurrentHashMap.newKeySet();
    private final Semaphore permits;

    CutGate(int concurrent) {
        this.permits = new Semaphore(concurrent);
    }

    /** Whether the caller may cut the O-Ton now; when true, it must {@link #leave} afterwards. */
    boolean enter(UUID soundbiteId) {
        if (!cutting.add(soundbiteId)) {
            return false;
        }
        if (!permits.tryAcquire()) {
            cutting.remove(soundbiteId);
            return false;
        }
        return true;
    }

    void leave(UUID soundbiteId) {
        permits.release();
        cutting.remove(soundbiteId);
    }
}
