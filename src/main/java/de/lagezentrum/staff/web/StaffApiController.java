package de.lagezentrum.staff.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;

/** API v1 of staffs: set up, read, add members. Staffs of which the caller is no member are not found. */
@RestController
@RequestMapping(path = "/api/v1/staffs", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffApiController {

    private final StaffManagement staffs;

    StaffApiController(StaffManagement staffs) {
        this.staffs = staffs;
    }

    @GetMapping
    PageResult<StaffView> mine(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(staffs.myStaffs(CurrentUser.require()), new PageRequest(page, size));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff command) {
        StaffView created = staffs.create(CurrentUser.require(), command);
        return ResponseEntity.created(URI.create("/api/v1/staffs/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    StaffView staff(@PathVariable UUID id) {
        return staffs.staff(CurrentUser.require(), id);
    }

    @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffView> addMember(@PathVariable UUID id, @Valid @RequestBody NewMember command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(staffs.addMember(CurrentUser.require(), id, command));
    }
}
