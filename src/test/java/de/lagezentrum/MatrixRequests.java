package de.lagezentrum;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import de.lagezentrum.AccessFixture.Credentials;
import de.lagezentrum.Endpoints.Endpoint;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The bodies the authorisation matrix sends to mutating endpoints: JSON for the API, form fields for
 * pages, each one an allowed caller's handler accepts (or at least passes validation with), so that
 * the access check is what decides. Placeholders in braces are ids of the {@link AccessFixture}.
 */
final class MatrixRequests {

    /** Rows that revoke the caller's own credentials; they run after all others. */
    static final Set<String> REVOKES_OWN_CREDENTIALS = Set.of("DELETE /api/v1/tokens/current");

    /** Rows that end every session and revoke every token of the caller; they run last of all. */
    static final Set<String> ENDS_EVERY_SESSION = Set.of("POST /profile/sign-out-everywhere");

    private static final Map<String, String> JSON = Map.ofEntries(
            Map.entry("POST /api/v1/tokens", """
                    {"username":"{spareUsername}","password":"{password}"}"""),
            // An empty code fails validation, so the matrix's calls never count as failed second-factor attempts.
            Map.entry("POST /api/v1/me/mfa/totp/confirm", """
                    {"code":""}"""),
            // Passkey answers the page's script sends; without options asked for first they are refused (400).
            Map.entry("POST /profile/mfa/passkey", """
                    {"label":"Matrix","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
                    "response":{"attestationObject":"AAAA","clientDataJSON":"AAAA"}}}"""),
            Map.entry("POST /login/mfa/passkey", """
                    {"id":"AAAA","rawId":"AAAA","type":"public-key",
                    "response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA","signature":"AAAA"}}"""),
            Map.entry("POST /api/v1/departments", """
                    {"name":"Matrixamt {random}","shortName":"{random}"}"""),
            Map.entry("PUT /api/v1/departments/{id}", """
                    {"name":"Matrixamt {random}","shortName":"{random}","version":0}"""),
            Map.entry("POST /api/v1/people", """
                    {"displayName":"Neue Person {random}","email":"neu@test.example"}"""),
            Map.entry("POST /api/v1/staffs", """
                    {"name":"Neuer Stab","topics":["Unterbringung"]}"""),
            Map.entry("POST /api/v1/staffs/{id}/members", """
                    {"personId":"{spare}","function":"Verbindung"}"""),
            Map.entry("POST /api/v1/staffs/{id}/series", """
                    {"weekday":"THURSDAY","time":"09:00","durationMinutes":60,"from":"{nextWeek}"}"""),
            Map.entry("POST /api/v1/staffs/{id}/series/{seriesId}/exceptions", """
                    {"date":"{nextWeek}"}"""),
            Map.entry("POST /api/v1/staffs/{id}/sessions", """
                    {"start":"{start}","end":"{end}","kind":"REGULAR","title":"Weitere Sitzung"}"""),
            Map.entry("POST /api/v1/staffs/{id}/journal", """
                    {"text":"Lagemeldung der Matrix"}"""),
            Map.entry("POST /api/v1/sessions/{id}/agenda", """
                    {"title":"Weiterer Punkt","topic":"Unterbringung"}"""),
            Map.entry("PUT /api/v1/sessions/{id}/agenda/order", """
                    {"itemIds":["{item}"]}"""),
            Map.entry("POST /api/v1/sessions/{id}/agenda/{itemId}/entries", """
                    {"type":"NOTE","text":"Weitere Notiz"}"""),
            Map.entry("PATCH /api/v1/sessions/{id}/entries/{entryId}", """
                    {"text":"Sachstand, berichtigt","version":0}"""),
            Map.entry("PUT /api/v1/sessions/{id}/attendance", """
                    {"present":["{lead}"]}"""),
            Map.entry("POST /api/v1/sessions/{id}/protocol/corrections", """
                    {"text":"Berichtigung"}"""),
            Map.entry("PATCH /api/v1/tasks/{id}", """
                    {"status":"IN_PROGRESS"}"""),
            Map.entry("POST /api/v1/briefings", """
                    {"title":"Matrixbriefing","start":"{start}","end":"{end}","chairId":"{spare}"}"""),
            // The panel stays as it was, so later rows find the employee on it.
            Map.entry("PUT /api/v1/briefings/{id}", """
                    {"title":"Matrixbriefing","start":"{start}","end":"{end}","chairId":"{spare}","panel":["{employee}"]}"""),
            // Reinstating a planned briefing changes nothing, so later rows find it as it was.
            Map.entry("PATCH /api/v1/briefings/{id}", """
                    {"status":"PLANNED"}"""),
            Map.entry("POST /api/v1/briefings/series", """
                    {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"Matrixreihe","from":"{nextWeek}"}"""),
            Map.entry("PUT /api/v1/briefings/series/{id}", """
                    {"title":"Matrixreihe"}"""),
            Map.entry("POST /api/v1/briefings/series/{id}/exceptions", """
                    {"date":"{nextWeek}"}"""),
            Map.entry("PUT /api/v1/municipality", """
                    {"name":"Matrixstadt {random}","timeZone":"Europe/Berlin"}"""),
            // The matrix briefing has not been held: publishing answers 409, withdrawing too (not published).
            Map.entry("POST /api/v1/briefings/{id}/publish", """
                    {"summary":"Matrixzusammenfassung"}"""),
            Map.entry("POST /api/v1/briefings/{id}/withdraw", """
                    {"reason":"Matrix"}"""),
            Map.entry("POST /api/v1/press/accreditations", """
                    {"name":"Matrix Presse","outlet":"Matrixblatt","email":"matrix-{random}@presse.example"}"""),
            Map.entry("POST /api/v1/press/accreditations/{id}/request-information", """
                    {"message":"Für welche Redaktion berichten Sie?"}"""),
            Map.entry("POST /api/v1/media/{id}/soundbites", """
                    {"title":"Matrix-O-Ton","start":0,"end":1}"""),
            Map.entry("PUT /api/v1/soundbites/{id}", """
                    {"title":"Matrix-O-Ton","start":0,"end":1}"""),
            Map.entry("POST /api/v1/press/accreditations/{id}/reject", """
                    {"reason":"Kein Nachweis einer Redaktion"}"""),
            Map.entry("POST /api/v1/briefings/{id}/questions", """
                    {"text":"Matrixfrage {random}"}"""),
            Map.entry("PATCH /api/v1/briefings/{id}/questions/{questionId}", """
                    {"assigneeId":"{employee}"}"""),
            // live: a stale version (-1) reaches the check without changing or cancelling the matrix event.
            Map.entry("POST /api/v1/events", """
                    {"title":"Matrixtag","start":"{start}","end":"{end}"}"""),
            Map.entry("PUT /api/v1/events/{id}", """
                    {"title":"Matrixtag","start":"{start}","end":"{end}","version":-1}"""),
            Map.entry("POST /api/v1/events/{id}/cancel", """
                    {"version":-1}"""),
            Map.entry("POST /api/v1/events/{id}/team", """
                    {"personId":"{spare}","role":"MODERATOR"}"""),
            Map.entry("POST /api/v1/events/{id}/polls", """
                    {"question":"Matrixfrage?","type":"SINGLE","options":["Ja","Nein"]}"""),
            Map.entry("POST /api/v1/polls/{id}/votes", """
                    {"optionIds":[]}"""),
            Map.entry("POST /api/v1/events/{id}/questions", """
                    {"text":"Matrixfrage?"}"""),
            Map.entry("PATCH /api/v1/questions/{id}", """
                    {"status":"VISIBLE"}"""),
            Map.entry("POST /api/v1/events/{id}/posts", """
                    {"title":"Matrixbeitrag","body":"Text"}"""),
            Map.entry("POST /api/v1/posts/{id}/comments", """
                    {"body":"Matrixkommentar"}"""),
            Map.entry("POST /api/v1/posts/{id}/hide", """
                    {"reason":"Matrix"}"""),
            Map.entry("POST /api/v1/comments/{id}/hide", """
                    {"reason":"Matrix"}"""),
            Map.entry("POST /api/v1/events/{id}/ideas", """
                    {"kind":"POST","sourceId":"{post}"}"""),
            Map.entry("POST /api/v1/join", """
                    {"code":"{joinCode}"}"""),
            // lessons: workshops. The matrix workshop is already in the review: setting it again changes nothing.
            Map.entry("POST /api/v1/workshops", """
                    {"title":"Matrixwerkstatt","start":"{start}","end":"{end}"}"""),
            Map.entry("PUT /api/v1/workshops/{id}/phase", """
                    {"phase":"REVIEW"}"""),
            // lessons: board. Taking the matrix observation out of no cluster and merging it into nothing (400) leave it as it is.
            Map.entry("POST /api/v1/workshops/{id}/observations", """
                    {"text":"Matrixbeobachtung","kind":"WENT_WELL"}"""),
            Map.entry("POST /api/v1/workshops/{id}/clusters", """
                    {"title":"Matrixcluster"}"""),
            Map.entry("PUT /api/v1/observations/{id}/cluster", """
                    {"clusterId":null}"""),
            Map.entry("POST /api/v1/observations/{id}/merge", """
                    {"into":null}"""),
            // lessons: knowledge
            Map.entry("POST /api/v1/recommendations", """
                    {"title":"Matrixempfehlung","body":"Text"}"""),
            Map.entry("POST /api/v1/resilience-factors", """
                    {"title":"Matrixfaktor","summary":"Kurz","body":"Text","theme":"Krisenmanagement","recommendationIds":[]}"""),
            // lessons: proposals
            Map.entry("POST /api/v1/workshops/{id}/proposals", """
                    {"title":"Matrixvorschlag","description":"Text","invasiveness":"MINIMAL","transferability":"TRANSFERABLE"}"""),
            // lessons: participants (an external guest: nothing else to set up per caller)
            Map.entry("POST /api/v1/workshops/{id}/participants", """
                    {"name":"Matrixgast","organisation":"Kreisverband","email":"gast@example.org"}"""),
            Map.entry("POST /api/v1/proposals/{id}/ratings", """
                    {"impact":3,"effort":3}"""),
            // lessons: lessons
            Map.entry("POST /api/v1/lessons", """
                    {"title":"Matrixlesson","observationIds":["{observation}"]}"""),
            Map.entry("POST /api/v1/lessons/{id}/actions", """
                    {"text":"Matrixmaßnahme","ownerId":"{spare}","due":"{nextWeek}"}"""),
            Map.entry("PATCH /api/v1/lesson-actions/{id}", """
                    {"status":"IN_PROGRESS","progress":"Matrix"}"""),
            Map.entry("POST /api/v1/lessons/{id}/validate", """
                    {"evidence":"Matrixnachweis"}"""),
            Map.entry("POST /api/v1/tenants", """
                    {"name":"Matrixkommune {random}","adminUsername":"mx{random}","adminEmail":"mx@test.example"}"""));

    private static final Map<String, Map<String, String>> FORMS = Map.ofEntries(
            Map.entry("POST /barrierefreiheit/feedback", Map.of("message", "Kontrast zu schwach")),
            Map.entry("POST /staffs", Map.of("name", "Neuer Stab", "topics", "Unterbringung")),
            Map.entry("POST /staffs/{id}/members", Map.of("personId", "{spare}", "function", "Verbindung")),
            Map.entry("POST /staffs/{id}/series", Map.of("weekday", "THURSDAY", "time", "09:00",
                    "durationMinutes", "60", "from", "{nextWeek}")),
            Map.entry("POST /staffs/{id}/sessions", Map.of("date", "{nextWeek}", "startTime", "15:00",
                    "endTime", "16:00", "title", "Sondersitzung")),
            Map.entry("POST /staffs/{id}/journal", Map.of("text", "Lagemeldung der Matrix")),
            Map.entry("POST /sessions/{id}/agenda", Map.of("itemTitle", "Weiterer Punkt", "topic", "Unterbringung")),
            Map.entry("POST /sessions/{id}/agenda/{itemId}/move", Map.of("direction", "up")),
            Map.entry("POST /sessions/{id}/entries", Map.of("agendaItemId", "{item}", "type", "NOTE",
                    "text", "Weitere Notiz")),
            Map.entry("POST /sessions/{id}/entries/{entryId}", Map.of("text", "Sachstand, berichtigt", "version", "0")),
            Map.entry("POST /sessions/{id}/protocol/correction", Map.of("text", "Berichtigung")),
            Map.entry("POST /tasks/{id}/status", Map.of("status", "IN_PROGRESS", "version", "0")),
            Map.entry("POST /tasks/status", Map.of("task", "{task}:0", "status-{task}", "IN_PROGRESS")),
            Map.entry("POST /briefings", Map.of("briefingTitle", "Matrixbriefing", "date", "{nextWeek}",
                    "startTime", "11:00", "endTime", "12:00", "chairId", "{spare}")),
            Map.entry("POST /briefings/{id}", Map.of("briefingTitle", "Matrixbriefing", "date", "{nextWeek}",
                    "startTime", "11:00", "endTime", "12:00", "chairId", "{spare}", "panelIds", "{employee}")),
            Map.entry("POST /briefings/{id}/cancel", Map.of("reason", "Matrix")),
            Map.entry("POST /briefings/{id}/questions", Map.of("text", "Matrixfrage {random}")),
            Map.entry("POST /briefings/{id}/queue/{questionId}", Map.of("action", "ASSIGN", "assigneeId", "{employee}")),
            Map.entry("POST /briefings/{id}/press-kit", Map.of("itemTitle", "Matrixmappe")),
            Map.entry("POST /briefings/series", Map.of("seriesTitle", "Matrixreihe", "weekday", "THURSDAY",
                    "time", "11:00", "durationMinutes", "60", "firstDate", "{nextWeek}")),
            Map.entry("POST /briefings/series/{id}", Map.of("seriesTitle", "Matrixreihe", "weekday", "THURSDAY",
                    "time", "11:00", "durationMinutes", "60", "firstDate", "{nextWeek}")),
            Map.entry("POST /admin/municipality", Map.of("name", "Matrixstadt {random}", "timeZone", "Europe/Berlin",
                    "version", "0")),
            Map.entry("POST /operator/tenants", Map.of("name", "Matrixkommune {random}", "adminUsername", "mx{random}",
                    "adminEmail", "mx@test.example")),
            Map.entry("POST /briefings/{id}/publish", Map.of("summary", "Matrixzusammenfassung")),
            Map.entry("POST /briefings/{id}/withdraw", Map.of("reason", "Matrix")),
            Map.entry("POST /pressestelle/mitteilungen", Map.of("title", "Matrixmitteilung", "body", "Text")),
            Map.entry("POST /pressestelle/mitteilungen/{id}", Map.of("title", "Matrixmitteilung", "body", "Text",
                    "version", "0")),
            Map.entry("POST /pressestelle/mitteilungen/{id}/zurueckziehen", Map.of("reason", "Matrix")),
            Map.entry("POST /presse/akkreditierung", Map.of("name", "Matrix Presse", "outlet", "Matrixblatt",
                    "email", "matrix-{random}@presse.example")),
            Map.entry("POST /pressestelle/akkreditierungen/{id}/rueckfrage", Map.of("question", "Welche Redaktion?")),
            Map.entry("POST /pressestelle/akkreditierungen/{id}/ablehnen", Map.of("reason", "Kein Nachweis")),
            // Links nobody was sent (accreditation): every caller learns only that they do not work.
            Map.entry("POST /akkreditierung/bestaetigen", Map.of("token", "{random}")),
            Map.entry("POST /akkreditierung/ergaenzen", Map.of("token", "{random}", "answer", "Anbei der Auftrag")),
            Map.entry("POST /events/new", Map.of("eventTitle", "Matrixtag", "date", "{nextWeek}", "startTime", "09:00",
                    "endTime", "16:00")),
            Map.entry("POST /events/{id}/edit", Map.of("eventTitle", "Matrixtag", "date", "{nextWeek}",
                    "startTime", "09:00", "endTime", "16:00", "version", "-1")),
            Map.entry("POST /events/{id}/cancel", Map.of("confirmed", "true", "version", "-1")),
            Map.entry("POST /events/{id}/team", Map.of("personId", "{spare}", "role", "MODERATOR")),
            Map.entry("POST /join", Map.of("code", "{joinCode}")),
            // A link nobody was sent: every caller learns only that it does not work.
            Map.entry("POST /password/set", Map.of("token", "{random}", "newPassword", "{password}",
                    "confirmation", "{password}")));

    private final AccessFixture fixture;

    private static final java.util.Random RANDOM = new java.util.Random();

    MatrixRequests(AccessFixture fixture) {
        this.fixture = fixture;
    }

    /** The request of the matrix for an endpoint and a caller, with the row's body or form fields. */
    MockHttpServletRequestBuilder request(Endpoint endpoint, Credentials credentials) {
        return request(endpoint, credentials, json(endpoint.key()), form(endpoint.key()));
    }

    /**
     * A request to the endpoint, its variables filled from the fixture: pages with the caller's session and
     * a CSRF token, the API with the caller's bearer token and the JSON body, if any.
     */
    MockHttpServletRequestBuilder request(Endpoint endpoint, Credentials credentials, @Nullable String json,
            Map<String, String> parameters) {
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
                URI.create(fixture.path(endpoint))).header(HttpHeaders.ACCEPT, "*/*");
        // Each call from an address of its own: the refused sign-ins of thousands of calls must not use up
        // the per-address sign-in budget that every other test class shares on 127.0.0.1.
        String address = "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
        request.with(call -> {
            call.setRemoteAddr(address);
            return call;
        });
        parameters.forEach(request::param);
        if (endpoint.isApi()) {
            if (credentials.bearer() != null) {
                request.header(HttpHeaders.AUTHORIZATION, credentials.bearer());
            }
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
        } else {
            if (credentials.session() != null) {
                request.cookie(credentials.session());
            }
            if (!method.equals("GET")) {
                request.with(csrf());
            }
            if (json != null) {
                // A page's script posting JSON (the passkey ceremonies).
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
        }
        return request;
    }

    /** The JSON body for an API row, or null when it sends none. */
    @Nullable String json(String key) {
        String body = JSON.get(key);
        return body == null ? null : fill(body);
    }

    /** The form fields for a page row; empty when it sends none. */
    Map<String, String> form(String key) {
        // Names too: the board's status select is named after its task.
        Map<String, String> filled = new java.util.LinkedHashMap<>();
        FORMS.getOrDefault(key, Map.of()).forEach((name, value) -> filled.put(fill(name), fill(value)));
        return filled;
    }

    private String fill(String template) {
        var start = fixture.today.plusDays(3).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        return template.replace("{spareUsername}", fixture.spare.username())
                .replace("{password}", de.lagezentrum.organisation.TestOrganisation.PASSWORD)
                .replace("{spare}", fixture.spare.personId().toString())
                .replace("{lead}", fixture.users.get(Caller.STAFF_LEAD).personId().toString())
                .replace("{member}", fixture.users.get(Caller.STAFF_MEMBER).personId().toString())
                .replace("{employee}", fixture.users.get(Caller.EMPLOYEE).personId().toString())
                .replace("{joinCode}", fixture.joinCode)
                .replace("{post}", fixture.postId.toString())
                .replace("{department}", fixture.departmentId.toString())
                .replace("{item}", fixture.itemId.toString())
                .replace("{task}", fixture.taskId.toString())
                .replace("{observation}", fixture.observationId.toString()) // lessons: lessons
                .replace("{nextWeek}", fixture.today.plusDays(7).toString())
                .replace("{start}", start.toString())
                .replace("{end}", start.plusSeconds(3600).toString())
                .replace("{random}", java.util.UUID.randomUUID().toString().substring(0, 8));
    }
}
