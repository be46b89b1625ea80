package de.lagezentrum.organisation.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.NewPerson;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonDetails;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/** API v1 of the organisation: the caller, departments and people. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganisationApiController {

    private final OrganisationManagement organisation;
    private final PeopleManagement people;

    OrganisationApiController(OrganisationManagement organisation, PeopleManagement people) {
        this.organisation = organisation;
        this.people = people;
    }

    @GetMapping("/me")
    Me me() {
        CurrentUser user = CurrentUser.require();
        return new Me(user.personId(), user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                new Me.TenantRef(user.tenantId(), user.tenantName()));
    }

    @GetMapping("/departments")
    PageResult<DepartmentView> departments(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return organisation.departments(CurrentUser.require(), new PageRequest(page, size));
    }

    @GetMapping("/departments/{id}")
    DepartmentView department(@PathVariable UUID id) {
        return organisation.department(CurrentUser.require(), id);
    }

    @PostMapping(path = "/departments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DepartmentView> createDepartment(@Valid @RequestBody DepartmentCommand command) {
        DepartmentView created = organisation.createDepartment(CurrentUser.require(), command);
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @PutMapping(path = "/departments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DepartmentView updateDepartment(@PathVariable UUID id, @Valid @RequestBody DepartmentUpdate update) {
        return organisation.updateDepartment(CurrentUser.require(), id,
                new DepartmentCommand(update.name(), update.shortName()), update.version());
    }

    @DeleteMapping("/departments/{id}")
    ResponseEntity<Void> deleteDepartment(@PathVariable UUID id) {
        organisation.deleteDepartment(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/people")
    PageResult<PersonView> people(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID departmentId) {
        return people.people(CurrentUser.require(), q, departmentId, new PageRequest(page, size));
    }

    @GetMapping("/people/{id}")
    PersonView person(@PathVariable UUID id) {
        return people.person(CurrentUser.require(), id);
    }

    @PostMapping(path = "/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonView> createPerson(@Valid @RequestBody PersonRequest request) {
        PersonView created = people.createPerson(CurrentUser.require(), new NewPerson(
                new PersonDetails(request.displayName(), request.email(), request.phone(), request.jobTitle(),
                        request.departmentId()),
                request.roles() == null ? Set.of() : request.roles(), request.username(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    /** {@code GET /api/v1/me}. */
    record Me(UUID id, String username, String displayName, List<String> roles, TenantRef tenant) {

        record TenantRef(UUID id, String name) {
        }
    }

    /** Body of {@code PUT /api/v1/departments/{id}}: the version read before, to detect lost updates. */
    record DepartmentUpdate(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String shortName,
            long version) {
    }

    /** Body of {@code POST /api/v1/people}. */
    record PersonRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable UUID departmentId,
            @Nullable Set<Role> roles,
            @Nullable @Size(min = 3, max = 64) String username,
            @Nullable @Size(max = 128) String password,
            @Nullable @Size(max = 50) String phone,
            @Nullable @Size(max = 200) String jobTitle) {
    }
}
