/**
 * Large live events (seed 003: the digital department-heads day): an agenda with keynotes and speakers,
 * participants who join by a code (anonymously, with a name or with their city account), live polls,
 * upvoted and moderated questions, a presenter view for the projector, and an event blog with comments.
 * What participants contribute can be marked as ideas and carried into the modernisation programme.
 *
 * <p>This package is the module's API: the facades, their views, commands and events. The internals
 * sit in feature sub-packages, which no other module may use.
 */
@ApplicationModule(allowedDependencies = {"organisation", "platform"})
@NullMarked
package de.lagezentrum.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
