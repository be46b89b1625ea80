package de.lagezentrum.live.events.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.live.EventView;
import de.lagezentrum.platform.documents.QrCodes;

/** The join link of an event, absolute, as printed on slides, shown on the projector and in the QR code. */
public final class JoinLinks {

    private JoinLinks() {
    }

    /** The link of the current request's server; call it while serving a request. */
    public static String of(EventView event) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{code}")
                .buildAndExpand(event.joinCode()).toUriString();
    }

    /**
     * The QR code of the join link as inline SVG for a page, named for screen readers by the code (templates
     * may not call static methods, so the controller puts it in the model).
     */
    public static String qrSvg(EventView event, MessageSource messages) {
        return QrCodes.svg(of(event), messages.getMessage("live.console.qr", new Object[] {event.joinCodeGrouped()},
                LocaleContextHolder.getLocale()));
    }
}
