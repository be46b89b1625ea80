package de.lagezentrum.organisation;

/** What an account may do. An account has any number of roles. */
public enum Role {
    /** Manages the municipality's organisation data and accounts, reads the audit log. */
    ADMIN,
    /** Chairs a staff, approves protocols. */
    STAFF_LEAD,
    /** Works in a staff. */
    STAFF_MEMBER,
    /** Runs media briefings. */
    PRESS_OFFICE,
    /** An accredited member of the press. */
    JOURNALIST,
    /** Runs large live events. */
    EVENT_HOST,
    /** Runs reflection workshops. */
    FACILITATOR,
    /** Steers the modernisation programme. */
    PROGRAMME_OFFICE,
    /** Any employee of the municipality. */
    EMPLOYEE,
    /**
     * Runs the installation: creates and lists municipalities. Grants no business data of any
     * municipality; only an operator grants or withdraws it.
     */
    OPERATOR
}
