/**
 * Infrastructure shared by every module and free of business rules: the embedded database and
 * per-module migrations, security (form login, OpenID Connect, API tokens, throttling), the web
 * layout with navigation and dashboard slots, RFC 9457 problem details, internationalisation, the
 * audit log, tagged PDF documents, file storage, live updates and the accessibility statement with
 * its feedback form.
 *
 * <p>The module is open: other modules use its sub-packages (security, web, audit, files) directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package de.lagezentrum.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
