package de.lagezentrum.live.events.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.live.EventView;

/** The join link of an event, absolute, as printed on slides, shown on the projector and in the QR code. */
public final class JoinLinks {

    private JoinLinks() {
    }

    /** The link of the current request's server; call it while serving a request. */
    public static String of(EventView event) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{code}")
                .buildAndExpand(event.joinCode()).toUriString();
    }
}
