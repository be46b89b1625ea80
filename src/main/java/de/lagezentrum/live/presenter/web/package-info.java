/**
 * The presenter view of a live event: the projector page in large type with the join code and QR code and
 * what the features put on the screen (the current poll's results, the top questions), live through the
 * team's stream.
 */
@NullMarked
package de.lagezentrum.live.presenter.web;

import org.jspecify.annotations.NullMarked;
