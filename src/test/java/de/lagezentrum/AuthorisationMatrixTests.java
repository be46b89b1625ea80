package de.lagezentrum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.AccessFixture.Credentials;
import de.lagezentrum.Endpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The authorisation matrix: every endpoint Spring serves (read from its handler mappings at run time),
 * called by every {@link Caller}, must answer as {@link #TABLE} says. An endpoint without a row fails
 * the test with its name.
 *
 * <p><b>Adding a row.</b> One line per endpoint: {@code METHOD /path/pattern} exactly as Spring maps
 * it (path variables in braces, {@code ANY} for a mapping without a method), then one outcome per
 * column of the header: {@code ok} (handler reached: 2xx, a redirect within the application, 400 or
 * 409), {@code 401}, {@code 403}, {@code login} (redirect to the login page), {@code 404}, or another
 * status number; see {@link AccessTable}. When the test fails it prints the observed line of every
 * endpoint in question, ready to paste after review. A path variable is filled by
 * {@link AccessFixture#path} from the segment before it; a mutating endpoint gets the JSON body or form
 * fields of {@link MatrixRequests}, so that an allowed caller passes validation and reaches the access
 * check.
 *
 * <p><b>Adding a role.</b> A constant in {@link Caller} and one column here.
 */
@IntegrationTest
class AuthorisationMatrixTests {

    static final String TABLE = """
            endpoint                                                      anon  admin lead  member press journo host  facil prog  empl  oper other
            # API v1: anonymous callers get a 401 problem; ids of another municipality are not found
            POST /api/v1/briefings/video/recording-ready                  ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/departments                                       401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /api/v1/departments                                      401   ok    403   403    403   403    403   403   403   403   403   ok
            DELETE /api/v1/departments/{id}                               401   ok    403   403    403   403    403   403   403   403   403   404
            GET /api/v1/departments/{id}                                  401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    404
            PUT /api/v1/departments/{id}                                  401   ok    403   403    403   403    403   403   403   403   403   404
            GET /api/v1/me                                                401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /api/v1/me/mfa/totp                                      401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /api/v1/me/mfa/totp/confirm                              401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/people                                            401   ok    ok    ok     ok    403    ok    ok    ok    ok    ok    ok
            POST /api/v1/people                                           401   ok    403   403    403   403    403   403   403   403   403   ok
            GET /api/v1/people/{id}                                       401   ok    ok    ok     ok    403    ok    ok    ok    ok    ok    404
            GET /api/v1/search                                            401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/sessions/{id}/agenda                              401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/agenda                             401   404   ok    ok     404   404    404   404   404   404   404   404
            PUT /api/v1/sessions/{id}/agenda/order                        401   404   ok    403    404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/agenda/{itemId}/accept             401   404   ok    403    404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/agenda/{itemId}/entries            401   404   ok    ok     404   404    404   404   404   404   404   404
            PUT /api/v1/sessions/{id}/attendance                          401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/entries                             401   404   ok    ok     404   404    404   404   404   404   404   404
            PATCH /api/v1/sessions/{id}/entries/{entryId}                 401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/protocol                            401   404   404   404    404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/protocol.pdf                        401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/protocol/approve                   401   404   ok    403    404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/protocol/corrections               401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/sessions/{id}/protocol/finalize                  401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/protocol/versions                   401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/protocol/versions/{version}         401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/protocol/versions/{version}/diff    401   404   404   404    404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{id}/stream                              401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/sessions/{sessionId}                              401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs                                            401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /api/v1/staffs                                           401   ok    ok    403    403   403    403   403   403   403   403   ok
            GET /api/v1/staffs/{id}                                       401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/calendar.ics                          401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/journal                               401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/staffs/{id}/journal                              401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/journal.json                          401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/journal.pdf                           401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/journal/verify                        401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/journal/{entryId}                     401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/staffs/{id}/members                              401   404   ok    403    404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/series                                401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/staffs/{id}/series                               401   404   ok    403    404   404    404   404   404   404   404   404
            POST /api/v1/staffs/{id}/series/{seriesId}/exceptions         401   404   ok    403    404   404    404   404   404   404   404   404
            GET /api/v1/staffs/{id}/sessions                              401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/staffs/{id}/sessions                             401   404   ok    403    404   404    404   404   404   404   404   404
            GET /api/v1/tasks                                             401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/tasks/{id}                                        401   404   ok    ok     404   404    404   404   404   404   404   404
            PATCH /api/v1/tasks/{id}                                      401   404   ok    ok     404   404    404   404   404   404   404   404
            GET /api/v1/tasks/{id}/history                                401   404   ok    ok     404   404    404   404   404   404   404   404
            POST /api/v1/tokens                                           ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            DELETE /api/v1/tokens/current                                 401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/municipality                                      401   ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            PUT /api/v1/municipality                                      401   ok    403   403   403   403   403   403   403   403   403   ok
            GET /api/v1/tenants                                           401   403   403   403   403   403   403   403   403   403   ok    403
            POST /api/v1/tenants                                          401   403   403   403   403   403   403   403   403   403   ok    403
            GET /api/v1/tenants/{id}                                      401   403   403   403   403   403   403   403   403   403   ok    403
            # briefing (issue 9, point 1): the press office plans, admins read, chair and panel (the employee) read theirs
            GET /api/v1/briefings                                         401   ok    403   403    ok    403    403   403   403   403   403   ok
            POST /api/v1/briefings                                        401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/briefings/{id}                                    401   ok    403   403    ok    403    403   403   403   ok    403   404
            PATCH /api/v1/briefings/{id}                                  401   403   403   403    ok    403    403   403   403   403   403   403
            PUT /api/v1/briefings/{id}                                    401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/briefings/series                                  401   ok    403   403    ok    403    403   403   403   403   403   ok
            POST /api/v1/briefings/series                                 401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/briefings/series/{id}                             401   ok    403   403    ok    403    403   403   403   403   403   404
            PUT /api/v1/briefings/series/{id}                             401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/briefings/series/{id}/exceptions                 401   403   403   403    ok    403    403   403   403   403   403   403
            # briefing: questions and press kit (issue 9, point 4): journalists ask, the press office works the queue,
            # chair and panel (the employee) read; for everybody else the briefing's questions do not exist
            POST /api/v1/briefings/{id}/questions                         401   404   404   404    403   ok     404   404   404   403   404   404
            GET /api/v1/briefings/{id}/questions                          401   404   404   404    ok    ok     404   404   404   ok    404   404
            GET /api/v1/briefings/{id}/questions/{questionId}             401   404   404   404    ok    ok     404   404   404   ok    404   404
            PATCH /api/v1/briefings/{id}/questions/{questionId}           401   404   404   404    ok    403    404   404   404   403   404   404
            GET /api/v1/briefings/{id}/press-kit                          401   404   404   404    ok    ok     404   404   404   ok    404   404
            GET /api/v1/briefings/{id}/press-kit/{itemId}                 401   404   404   404    ok    ok     404   404   404   ok    404   404
            # briefing: media (issue 9, point 6): the press office uploads and defines O-Töne; admins, chair and panel
            # (the employee) and journalists listen; forms and uploads refuse others before reading their input
            POST /api/v1/briefings/{id}/media                             401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/briefings/{id}/media                              401   ok    403   403    ok    ok     403   403   403   ok    403   404
            GET /api/v1/media/{id}                                        401   ok    403   403    ok    ok     403   403   403   ok    403   404
            GET /api/v1/media/{id}/captions                               401   ok    403   403    ok    ok     403   403   403   ok    403   404
            PUT /api/v1/media/{id}/captions                               401   403   403   403    ok    403    403   403   403   403   403   404
            POST /api/v1/media/{id}/soundbites                            401   403   403   403    ok    403    403   403   403   403   403   404
            GET /api/v1/soundbites/{id}                                   401   ok    403   403    ok    ok     403   403   403   ok    403   404
            PUT /api/v1/soundbites/{id}                                   401   403   403   403    ok    403    403   403   403   403   403   404
            DELETE /api/v1/soundbites/{id}                                401   403   403   403    ok    403    403   403   403   403   403   404
            # briefing: accreditation (issue 9, point 2): the registration is public, the review the press office's
            GET /api/v1/press/accreditations                              401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/press/accreditations                             ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/press/accreditations/counts                       401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/press/accreditations/{id}                         401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/press/accreditations/{id}/approve                401   403   403   403    ok    403    403   403   403   403   403   403
            GET /api/v1/press/accreditations/{id}/proof                   401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/press/accreditations/{id}/reject                 401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/press/accreditations/{id}/request-information    401   403   403   403    ok    403    403   403   403   403   403   403
            # live (issue 10): the event host creates; for anybody not on an event's team (here: everybody but its host)
            # it does not exist; joining is public; a participant's API wants the participant token, whatever the account
            DELETE /api/v1/events/{id}/team/{personId}                    401   404   404   404    404   404    ok    404   404   404   404   404
            GET /api/v1/events                                            401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /api/v1/events/{id}                                       401   404   404   404    404   404    ok    404   404   404   404   404
            GET /api/v1/events/{id}/participant                           401   401   401   401    401   401    401   401   401   401   401   401
            GET /api/v1/events/{id}/stream                                401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/events                                           401   403   403   403    403   403    ok    403   403   403   403   403
            POST /api/v1/events/{id}/cancel                               401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/events/{id}/team                                 401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/join                                             ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            PUT /api/v1/events/{id}                                       401   404   404   404    404   404    ok    404   404   404   404   404
            # pages, actuator, OpenAPI and static resources: anonymous callers are sent to /login
            # briefing pages; the public calendar answers for the installation's first municipality only
            GET /briefings                                                login ok    403   403    ok    403    403   403   403   403   403   ok
            POST /briefings                                               login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/new                                            login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/{id}                                           login ok    403   403    ok    403    403   403   403   ok    403   404
            POST /briefings/{id}                                          login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/cancel                                   login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/{id}/edit                                      login 403   403   403    ok    403    403   403   403   403   403   404
            GET /briefings/{id}/join                                      login 404   404   404    ok    ok     404   404   404   ok    404   404
            GET /briefings/{id}/room                                      login 404   404   404    ok    ok     404   404   404   ok    404   404
            POST /briefings/{id}/reinstate                                login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/series                                        login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/series/new                                     login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/series/{id}                                   login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/series/{id}/edit                               login 403   403   403    ok    403    403   403   403   403   403   404
            GET /briefings/{id}/media                                     login ok    403   403    ok    ok     403   403   403   ok    403   404
            POST /briefings/{id}/media                                    login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/media/{mediumId}/captions                login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/soundbites                               login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/soundbites/{soundbiteId}                 login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/soundbites/{soundbiteId}/delete          login 403   403   403    ok    403    403   403   403   403   403   403
            GET /briefings/{id}/soundbites/{soundbiteId}/edit             login 403   403   403    ok    403    403   403   403   403   403   403
            GET /media/{id}                                               login ok    403   403    ok    ok     403   403   403   ok    403   404
            GET /media/{id}/captions.vtt                                  login ok    403   403    ok    ok     403   403   403   ok    403   404
            GET /presse/briefings.ics                                     ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /presse/briefings/{id}.ics                                404   404   404   404    404   404    404   404   404   404   404   404
            # briefing: publishing, press releases, press area (issue 9, points 7 and 8). The press office publishes; the
            # public pages answer for the first municipality only, so the matrix municipality's ids are 404 there.
            POST /api/v1/briefings/{id}/publish                           401   403   403   403    ok    403    403   403   403   403   403   403
            POST /api/v1/briefings/{id}/withdraw                          401   403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/publish                                  login 403   403   403    ok    403    403   403   403   403   403   403
            POST /briefings/{id}/withdraw                                 login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/mitteilungen                                login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/mitteilungen                               login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/mitteilungen/neu                            login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/mitteilungen/{id}                           login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/mitteilungen/{id}                          login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/mitteilungen/{id}/veroeffentlichen         login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/mitteilungen/{id}/zurueckziehen            login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/gebaerdensprache                            login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/gebaerdensprache                           login 403   403   403    ok    403    403   403   403   403   403   403
            GET /presse                                                   ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /presse/briefings/{id}                                    404   404   404   404    404   404    404   404   404   404   404   404
            GET /presse/mitteilungen/{id}                                 404   404   404   404    404   404    404   404   404   404   404   404
            GET /presse/feed.atom                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /presse/leichte-sprache                                   ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /presse/gebaerdensprache                                  ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /presse/gebaerdensprache/video/{fileId}                   404   404   404   404    404   404    404   404   404   404   404   404
            # a published briefing's files (issue 9, point 7): public, and 404 for everybody while unpublished (the matrix briefing is)
            GET /presse/briefings/{id}/mitschnitt/{mediumId}              404   404   404   404    404   404    404   404   404   404   404   404
            GET /presse/briefings/{id}/mitschnitt/{mediumId}/untertitel.vtt 404 404   404   404    404   404    404   404   404   404   404   404
            GET /presse/briefings/{id}/o-toene/{soundbiteId}              404   404   404   404    404   404    404   404   404   404   404   404
            GET /presse/briefings/{id}/pressemappe/{itemId}               404   404   404   404    404   404    404   404   404   404   404   404
            GET /                                                         login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /**                                                       ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /actuator                                                 login ok    403   403    403   403    403   403   403   403   ok    ok
            GET /actuator/health                                          ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /actuator/health/**                                       ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /actuator/info                                            ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /actuator/sbom                                            login ok    403   403    403   403    403   403   403   403   ok    ok
            GET /actuator/sbom/{id}                                       login ok    403   403    403   403    403   403   403   403   ok    ok
            GET /admin/audit                                              login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/audit.csv                                          login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/departments                                        login ok    403   403    403   403    403   403   403   403   403   ok
            POST /admin/departments                                       login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/departments/{id}                                   login ok    403   403    403   403    403   403   403   403   403   404
            POST /admin/departments/{id}                                  login ok    403   403    403   403    403   403   403   403   403   404
            POST /admin/departments/{id}/delete                           login ok    403   403    403   403    403   403   403   403   403   404
            GET /admin/feedback                                           login ok    403   403    403   403    403   403   403   403   403   ok
            POST /admin/feedback/{id}/handled                             login ok    403   403    403   403    403   403   403   403   403   404
            GET /admin/people                                             login ok    403   403    403   403    403   403   403   403   403   ok
            POST /admin/people                                            login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/people/new                                         login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/people/{id}                                        login ok    403   403    403   403    403   403   403   403   403   404
            POST /admin/people/{id}                                       login ok    403   403    403   403    403   403   403   403   403   404
            GET /admin/security                                           login ok    403   403    403   403    403   403   403   403   403   ok
            POST /admin/security                                          login ok    403   403    403   403    403   403   403   403   403   ok
            GET /admin/municipality                                       login ok    403   403   403   403   403   403   403   403   403   ok
            POST /admin/municipality                                      login ok    403   403   403   403   403   403   403   403   403   ok
            GET /operator/tenants                                         login 403   403   403   403   403   403   403   403   403   ok    403
            POST /operator/tenants                                        login 403   403   403   403   403   403   403   403   403   ok    403
            GET /password/set                                             404   404   404   404   404   404   404   404   404   404   404   404
            POST /password/set                                            404   404   404   404   404   404   404   404   404   404   404   404
            GET /barrierefreiheit                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /barrierefreiheit/feedback                               ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            ANY /error                                                    404   404   404   404    404   404    404   404   404   404   404   404
            GET /feeds/{token}/sitzungen.ics                              ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /login                                                    ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            ANY /login/throttled                                          ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /login/mfa                                                login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /login/mfa                                               login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /login/mfa/passkey                                       401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /login/mfa/passkey/options                               401   ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /notifications                                            login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /notifications/read                                      login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /profile                                                  login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile                                                 login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /profile/mfa/totp                                         login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/mfa/totp                                        login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/mfa/totp/remove                                 login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /profile/mfa/passkey                                      login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/mfa/passkey                                     login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/mfa/passkey/options                             login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /profile/mfa/passkeys/{id}/remove                         login 404   404   404    404   404    404   404   404   ok    404   404
            POST /profile/mfa/passkeys/{id}/remove                        login 404   404   404    404   404    404   404   404   ok    404   404
            GET /profile/mfa/recovery-codes                               login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/password                                        login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /profile/sign-out-everywhere                             login login login login  login login  login login login login login login
            POST /profile/tokens/{id}/revoke                              login 404   ok    404    404   404    404   404   404   404   404   404
            GET /search                                                   login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /session/keep-alive                                      login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /sessions/{id}                                            login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/agenda                                    login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/agenda/{itemId}/accept                    login 404   ok    403    404   404    404   404   404   404   404   404
            POST /sessions/{id}/agenda/{itemId}/move                      login 404   ok    403    404   404    404   404   404   404   404   404
            POST /sessions/{id}/entries                                   login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/entries/{entryId}                         login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/entries/{entryId}/edit                     login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/live                                       login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol                                   login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol.json                              login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol.pdf                               login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/protocol/approve                          login 404   ok    403    404   404    404   404   404   404   404   404
            POST /sessions/{id}/protocol/attendance                       login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol/correction                        login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/protocol/correction                       login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /sessions/{id}/protocol/finalize                         login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol/print                             login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/protocol/versions/{version}                login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /sessions/{id}/stream                                     login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /staffs                                                   login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /staffs                                                  login ok    ok    403    403   403    403   403   403   403   403   ok
            POST /staffs/calendar-feed                                    login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /staffs/calendar-feed/revoke                             login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /staffs/{id}                                              login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /staffs/{id}/journal                                      login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /staffs/{id}/journal                                     login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /staffs/{id}/journal.json                                 login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /staffs/{id}/journal.pdf                                  login 404   ok    ok     404   404    404   404   404   404   404   404
            GET /staffs/{id}/journal/verify                               login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /staffs/{id}/members                                     login 404   ok    403    404   404    404   404   404   404   404   404
            POST /staffs/{id}/series                                      login 404   ok    403    404   404    404   404   404   404   404   404
            POST /staffs/{id}/sessions                                    login 404   ok    403    404   404    404   404   404   404   404   404
            POST /staffs/{id}/topics/{index}                              login 404   ok    403    404   404    404   404   404   404   404   404
            GET /tasks                                                    login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /tasks/{id}                                               login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /tasks/{id}/status                                       login 404   ok    ok     404   404    404   404   404   404   404   404
            POST /tasks/status                                            login 404   ok    ok     404   404    404   404   404   404   404   404
            # briefing: question pages, live queue and press kit (issue 9, point 4)
            GET /briefings/{id}/questions                                 login 404   404   404    ok    ok     404   404   404   ok    404   404
            POST /briefings/{id}/questions                                login 404   404   404    403   ok     404   404   404   403   404   404
            GET /briefings/{id}/questions/live                            login 404   404   404    ok    ok     404   404   404   ok    404   404
            GET /briefings/{id}/questions/stream                          login 404   404   404    ok    ok     404   404   404   ok    404   404
            GET /briefings/{id}/press-kit/{itemId}                        login 404   404   404    ok    ok     404   404   404   ok    404   404
            POST /briefings/{id}/press-kit                                login 404   404   404    ok    403    404   404   404   403   404   404
            POST /briefings/{id}/press-kit/{itemId}/delete                login 404   404   404    ok    403    404   404   404   403   404   404
            GET /briefings/{id}/queue                                     login 404   404   404    ok    403    404   404   404   403   404   404
            GET /briefings/{id}/queue/live                                login 404   404   404    ok    403    404   404   404   403   404   404
            POST /briefings/{id}/queue/{questionId}                       login 404   404   404    ok    403    404   404   404   403   404   404
            # briefing: accreditation pages; the mailed links' pages answer 404 to a missing or forged token
            GET /presse/akkreditierung                                    ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /presse/akkreditierung                                   ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /akkreditierung/bestaetigen                               404   404   404   404    404   404    404   404   404   404   404   404
            POST /akkreditierung/bestaetigen                              404   404   404   404    404   404    404   404   404   404   404   404
            GET /akkreditierung/ergaenzen                                 404   404   404   404    404   404    404   404   404   404   404   404
            POST /akkreditierung/ergaenzen                                404   404   404   404    404   404    404   404   404   404   404   404
            GET /pressestelle/akkreditierungen                            login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/akkreditierungen/{id}                       login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/akkreditierungen/{id}/ablehnen             login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/akkreditierungen/{id}/freigeben            login 403   403   403    ok    403    403   403   403   403   403   403
            GET /pressestelle/akkreditierungen/{id}/nachweis              login 403   403   403    ok    403    403   403   403   403   403   403
            POST /pressestelle/akkreditierungen/{id}/rueckfrage           login 403   403   403    ok    403    403   403   403   403   403   403
            # lessons: workshops (issue 11): facilitators plan and run them; for everybody else a workshop does not exist
            GET /api/v1/workshops/{id}                                    401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/workshops                                        401   403   403   403    403   403    403   ok    403   403   403   403
            PUT /api/v1/workshops/{id}/phase                              401   404   404   404    404   404    404   ok    404   404   404   404
            # lessons: board (issue 11): the workshop's members post and read; facilitators arrange; for others it does not exist
            GET /api/v1/workshops/{id}/observations                       401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/workshops/{id}/observations                      401   404   404   404    404   404    404   ok    404   404   404   404
            GET /api/v1/workshops/{id}/stream                             401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/workshops/{id}/clusters                          401   404   404   404    404   404    404   ok    404   404   404   404
            PUT /api/v1/observations/{id}/cluster                         401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/observations/{id}/merge                          401   404   404   404    404   404    404   ok    404   404   404   404
            # lessons: knowledge (issue 11, points 5 and 6): facilitators write recommendations and factors; a second
            # facilitator publishes; for everybody else a factor does not exist
            POST /api/v1/recommendations                                  401   403   403   403    403   403    403   ok    403   403   403   403
            GET /api/v1/recommendations/{id}                              401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/resilience-factors                               401   403   403   403    403   403    403   ok    403   403   403   403
            GET /api/v1/resilience-factors/{id}                           401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/resilience-factors/{id}/review                   401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/resilience-factors/{id}/publish                  401   404   404   404    404   404    404   ok    404   404   404   404
            GET /workshops/{id}                                           login 404   404   404    404   404    404   ok    404   404   404   404
            # lessons: knowledge, the public platform (of the first municipality; the matrix's slug is of no published factor)
            GET /wissen                                                   ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /wissen/feed.atom                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /wissen/leichte-sprache                                   ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /wissen/{slug}                                            404   404   404   404    404   404    404   404   404   404   404   404
            GET /api/v1/public/resilience-factors                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            # lessons: proposals (issue 11): the workshop's facilitators make them and its members rate them; for others they do not exist
            POST /api/v1/workshops/{id}/proposals                         401   404   404   404    404   404    404   ok    404   404   404   404
            GET /api/v1/proposals/{id}                                    401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/proposals/{id}/ratings                           401   404   404   404    404   404    404   ok    404   404   404   404
            # lessons: lessons (issue 11, point 4): facilitators identify, act and validate; every employee of the
            # municipality reads its lessons; an action's owner (here the facilitator) reports progress
            POST /api/v1/lessons                                          401   403   403   403    403   403    403   ok    403   403   403   403
            GET /api/v1/lessons/{id}                                      401   ok    ok    ok     ok    404    ok    ok    ok    ok    ok    404
            POST /api/v1/lessons/{id}/actions                             401   403   403   403    403   404    403   ok    403   403   403   404
            PATCH /api/v1/lesson-actions/{id}                             401   403   403   403    403   404    403   ok    403   403   403   404
            POST /api/v1/lessons/{id}/validate                            401   403   403   403    403   404    403   ok    403   403   403   404
            # lessons: participants: the workshop's facilitators list and invite them; for others the workshop does not exist
            GET /api/v1/workshops/{id}/participants                       401   404   404   404    404   404    404   ok    404   404   404   404
            POST /api/v1/workshops/{id}/participants                      401   404   404   404    404   404    404   ok    404   404   404   404
            # live pages: the team's under /events; joining is public; without the participant cookie the event's pages
            # (/live/{id}) send everybody to the join page
            GET /events                                                   login ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /events/new                                               login 403   403   403    403   403    ok    403   403   403   403   403
            GET /events/{id}                                              login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/edit                                         login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/presenter                                    login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/qr.png                                       login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/qr.svg                                       login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/stream                                       login 404   404   404    404   404    ok    404   404   404   404   404
            GET /join                                                     ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /join/{code}                                              ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /live/{id}                                                ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /live/{id}/stream                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /events/new                                              login 403   403   403    403   403    ok    403   403   403   403   403
            POST /events/{id}/cancel                                      login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/edit                                        login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/team                                        login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/team/{personId}/remove                      login 404   404   404    404   404    ok    404   404   404   404   404
            POST /join                                                    ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /live/{id}/leave                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            # live polls (issue 10, point 2): the event's host runs them; participants vote with their token (401 without);
            # the participant pages send a browser without the event's cookie to the join page
            POST /api/v1/events/{id}/polls                                401   404   404   404    404   404    ok    404   404   404   404   404
            GET /api/v1/events/{id}/polls                                 401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/polls/{id}/open                                  401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/polls/{id}/close                                 401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/polls/{id}/reveal                                401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/polls/{id}/votes                                 401   401   401   401    401   401    401   401   401   401   401   401
            GET /api/v1/polls/{id}/results                                401   404   404   404    404   404    ok    404   404   404   404   404
            GET /live/{id}/polls                                          ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /live/{id}/polls/{pollId}/vote                           ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /events/{id}/polls                                        login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/polls/section                                login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/polls                                       login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/polls/presenter                              login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/polls/{pollId}/open                         login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/polls/{pollId}/close                        login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/polls/{pollId}/reveal                       login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/polls/{pollId}/results.csv                   login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/polls/{pollId}/results.pdf                   login 404   404   404    404   404    ok    404   404   404   404   404
            # live questions (issue 10, point 3): participants ask and upvote with their token (none here: 401, or the
            # join page); the event's team lists and moderates; {id} of /questions/ is a briefing question's: not found;
            # the console's {questionId} is a question of the event (another event's is 404: LiveQuestionPageWebTests)
            POST /api/v1/events/{id}/questions                            401   401   401   401    401   401    401   401   401   401   401   401
            GET /api/v1/events/{id}/questions                             401   404   404   404    404   404    ok    404   404   404   404   404
            POST /api/v1/questions/{id}/upvote                            401   401   401   401    401   401    401   401   401   401   401   401
            DELETE /api/v1/questions/{id}/upvote                          401   401   401   401    401   401    401   401   401   401   401   401
            PATCH /api/v1/questions/{id}                                  401   404   404   404    404   404    404   404   404   404   404   404
            GET /live/{id}/questions                                      ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /live/{id}/questions                                     ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            POST /live/{id}/questions/{questionId}/upvote                 ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /events/{id}/questions                                    login 404   404   404    404   404    ok    404   404   404   404   404
            GET /events/{id}/questions/top                                login 404   404   404    404   404    ok    404   404   404   404   404
            POST /events/{id}/questions/{questionId}                      login 404   404   404    404   404    ok    404   404   404   404   404
            # live: blog and ideas (issue 10, points 5 and 7). The event's team (the host) reads and moderates; for everybody
            # else the event does not exist. Participant pages without the participant cookie send the browser to /join.
            GET /api/v1/events/{id}/posts                                 401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/events/{id}/posts                                401   404   404   404   404   404   ok    404   404   404   404   404
            GET /api/v1/posts/{id}                                        401   404   404   404   404   404   ok    404   404   404   404   404
            GET /api/v1/posts/{id}/comments                               401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/posts/{id}/comments                              401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/posts/{id}/hide                                  401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/posts/{id}/unhide                                401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/comments/{id}/hide                               401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/comments/{id}/unhide                             401   404   404   404   404   404   ok    404   404   404   404   404
            GET /api/v1/events/{id}/ideas                                 401   404   404   404   404   404   ok    404   404   404   404   404
            POST /api/v1/events/{id}/ideas                                401   404   404   404   404   404   ok    404   404   404   404   404
            DELETE /api/v1/events/{id}/ideas/{ideaId}                     401   404   404   404   404   404   ok    404   404   404   404   404
            GET /api/v1/events/{id}/ideas.csv                             401   404   404   404   404   404   ok    404   404   404   404   404
            GET /api/v1/events/{id}/ideas.json                            401   404   404   404   404   404   ok    404   404   404   404   404
            GET /events/{id}/blog                                         login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/posts                                       login  404   404   404   404   404   ok    404   404   404   404   404
            GET /events/{id}/posts/{postId}                               login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/posts/{postId}/comments                     login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/posts/{postId}/hide                         login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/posts/{postId}/unhide                       login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/comments/{commentId}/hide                   login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/comments/{commentId}/unhide                 login  404   404   404   404   404   ok    404   404   404   404   404
            GET /events/{id}/ideas                                        login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/ideas                                       login  404   404   404   404   404   ok    404   404   404   404   404
            POST /events/{id}/ideas/{ideaId}/delete                       login  404   404   404   404   404   ok    404   404   404   404   404
            GET /events/{id}/ideas.csv                                    login  404   404   404   404   404   ok    404   404   404   404   404
            GET /events/{id}/ideas.json                                   login  404   404   404   404   404   ok    404   404   404   404   404
            GET /live/{id}/blog                                           ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            GET /live/{id}/posts/new                                      ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            POST /live/{id}/posts                                         ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            GET /live/{id}/posts/{postId}                                 ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            POST /live/{id}/posts/{postId}/comments                       ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            GET /live/{id}/posts/{postId}/comments/{commentId}/reply      ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok
            GET /v3/api-docs                                              ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /v3/api-docs.yaml                                         ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            GET /webjars/**                                               ok    ok    ok    ok     ok    ok     ok    ok    ok    ok    ok    ok
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        List<Endpoint> endpoints = Endpoints.of(context);
        AccessTable table = AccessTable.parse(TABLE);
        var fixture = new AccessFixture(context);
        var requests = new MatrixRequests(fixture);
        Map<Caller, Credentials> credentials = fixture.signIn(tester);
        List<String> problems = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (Endpoint endpoint : inRunOrder(Endpoints.byKey(endpoints).values())) {
            Map<Caller, String> outcomes = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                MockHttpServletResponse response = mvc.perform(requests.request(endpoint, credentials.get(caller)))
                        .andReturn().getResponse();
                outcomes.put(caller, AccessTable.outcome(response));
                if (response.getStatus() >= 500) {
                    problems.add(endpoint + " as " + caller + " answered " + response.getStatus());
                }
            }
            Map<Caller, String> expected = table.row(endpoint.key());
            if (expected != null && !expected.equals(outcomes)) {
                problems.add(endpoint + " answered differently:\n  expected " + table.line(endpoint.key(), expected)
                        + "\n  observed " + table.line(endpoint.key(), outcomes));
            }
            if (expected == null || !expected.equals(outcomes)) {
                observed.add(table.line(endpoint.key(), outcomes));
            }
        }
        String coverage = table.coverage(Endpoints.byKey(endpoints).keySet());
        assertThat(problems.isEmpty() && coverage.isEmpty())
                .as("%s%n%s%n%nObserved lines, to review:%n%s%n%s", coverage, String.join("\n", problems),
                        table.header(), String.join("\n", observed))
                .isTrue();
    }

    @Test
    void anEndpointWithoutARowFailsWithItsName() {
        AccessTable table = AccessTable.parse(TABLE);
        Set<String> served = new HashSet<>(Endpoints.byKey(Endpoints.of(context)).keySet());
        served.add("GET /api/v1/not-in-the-table/{id}");
        assertThat(table.coverage(served))
                .contains("endpoint without a row in the access table: GET /api/v1/not-in-the-table/{id}");
        assertThatThrownBy(() -> AccessTable.parse(TABLE + "GET /api/v1/short ok ok\n"))
                .hasMessageContaining("/api/v1/short");
    }

    /** Rows that revoke the caller's own credentials run last. */
    private static List<Endpoint> inRunOrder(java.util.Collection<Endpoint> endpoints) {
        return endpoints.stream()
                .sorted(Comparator.comparingInt((Endpoint endpoint) ->
                        MatrixRequests.ENDS_EVERY_SESSION.contains(endpoint.key()) ? 2
                                : MatrixRequests.REVOKES_OWN_CREDENTIALS.contains(endpoint.key()) ? 1 : 0))
                .toList();
    }
}
