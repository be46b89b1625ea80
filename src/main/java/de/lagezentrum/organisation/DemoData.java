package de.lagezentrum.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.mfa.MfaPolicy;
import de.lagezentrum.platform.LagezentrumProperties;

/**
 * The fictional city of Musterstadt: departments, people and an account for every role, all with
 * the demo password. Loaded once, on first start, unless {@code LAGEZENTRUM_DEMO=false}.
 */
@Component
class DemoData {

    private final DepartmentRepository departments;
    private final PeopleManagement people;
    private final LagezentrumProperties properties;
    private final ApplicationEventPublisher events;
    private final MfaPolicy mfaPolicy;
    private final Clock clock;

    DemoData(DepartmentRepository departments, PeopleManagement people, LagezentrumProperties properties,
            ApplicationEventPublisher events, MfaPolicy mfaPolicy, Clock clock) {
        this.mfaPolicy = mfaPolicy;
        this.departments = departments;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    void load(UUID tenantId) {
        // The README's demo logins stay one step: the installation's second-factor roles do not apply here.
        mfaPolicy.exemptFromInstallationDefault(tenantId);
        Map<String, UUID> byShortName = new HashMap<>();
        String[][] departmentRows = {
                {"OB", "Büro der Oberbürgermeisterin"},
                {"10", "Organisation und Verwaltungsentwicklung"},
                {"11", "Personal"},
                {"13", "Presse- und Öffentlichkeitsarbeit"},
                {"16", "IT-Dienste"},
                {"32", "Ordnungsamt"},
                {"33", "Ausländerbehörde und Integration"},
                {"34", "Bürgerdienste"},
                {"37", "Feuerwehr und Bevölkerungsschutz"},
                {"50", "Sozialamt"},
                {"51", "Jugendamt"},
                {"53", "Gesundheitsamt"}};
        for (String[] row : departmentRows) {
            byShortName.put(row[0], departments.save(Department.create(tenantId, row[1], row[0], clock.instant())).id());
        }
        account(tenantId, byShortName.get("50"), "Beate Sommer", "Sozialdezernentin", "stabsleitung",
                EnumSet.of(Role.STAFF_LEAD, Role.STAFF_MEMBER, Role.EMPLOYEE));
        account(tenantId, byShortName.get("32"), "Jonas Weber", "Sachgebietsleitung Gefahrenabwehr", "stab",
                EnumSet.of(Role.STAFF_MEMBER, Role.EMPLOYEE));
        account(tenantId, byShortName.get("13"), "Miriam Roth", "Pressesprecherin", "presse",
                EnumSet.of(Role.PRESS_OFFICE, Role.EMPLOYEE));
        account(tenantId, null, "Tobias Klein", "Redakteur, Musterstädter Anzeiger", "journalist",
                EnumSet.of(Role.JOURNALIST));
        account(tenantId, byShortName.get("11"), "Hakan Yılmaz", "Personalentwicklung", "veranstaltung",
                EnumSet.of(Role.EVENT_HOST, Role.EMPLOYEE));
        account(tenantId, byShortName.get("10"), "Dr. Clara Neumann", "Referentin Resilienz", "moderation",
                EnumSet.of(Role.FACILITATOR, Role.EMPLOYEE));
        // A second facilitator: resilience factors are published by another facilitator than the submitter (four eyes).
        account(tenantId, byShortName.get("37"), "Lena Fischer", "Referentin Bevölkerungsschutz", "moderation2",
                EnumSet.of(Role.FACILITATOR, Role.EMPLOYEE));
        account(tenantId, byShortName.get("10"), "Stefan Hoffmann", "Programmleitung Modernisierung", "programm",
                EnumSet.of(Role.PROGRAMME_OFFICE, Role.EMPLOYEE));
        account(tenantId, byShortName.get("34"), "Aylin Demir", "Sachbearbeiterin", "mitarbeiterin",
                EnumSet.of(Role.EMPLOYEE));
        person(tenantId, byShortName.get("OB"), "Dr. Julia Berger", "Oberbürgermeisterin");
        person(tenantId, byShortName.get("37"), "Markus Schmitt", "Leiter der Feuerwehr");
        person(tenantId, byShortName.get("53"), "Petra Lang", "Amtsärztin");
        person(tenantId, byShortName.get("33"), "Ali Karimi", "Leiter der Ausländerbehörde");
        person(tenantId, byShortName.get("51"), "Sabine Vogel", "Jugendamtsleiterin");
        person(tenantId, byShortName.get("16"), "Jan Becker", "IT-Koordination");
        events.publishEvent(new DemoCityLoaded(tenantId));
    }

    private void account(UUID tenantId, @Nullable UUID departmentId, String name, String jobTitle, String username,
            Set<Role> roles) {
        people.create(tenantId, new NewPerson(details(departmentId, name, jobTitle), roles, username,
                properties.demoPassword()));
    }

    private void person(UUID tenantId, UUID departmentId, String name, String jobTitle) {
        people.create(tenantId, new NewPerson(details(departmentId, name, jobTitle), Set.of(), null, null));
    }

    private static PersonDetails details(@Nullable UUID departmentId, String name, String jobTitle) {
        String local = java.text.Normalizer.normalize(name.replace("Dr. ", ""), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('ı', 'i').toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        return new PersonDetails(name, local + "@musterstadt.example", null, jobTitle, departmentId);
    }
}
