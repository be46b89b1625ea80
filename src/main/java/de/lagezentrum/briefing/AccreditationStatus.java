package de.lagezentrum.briefing;

/** Where a journalist's accreditation stands. */
public enum AccreditationStatus {
    /** Registered; the e-mail address is not confirmed yet. */
    UNCONFIRMED,
    /** Confirmed; waiting for the press office. */
    PENDING,
    /** The press office asked the journalist for more information. */
    MORE_INFO,
    /** Approved; the journalist has an account. */
    APPROVED,
    /** Rejected with a reason. */
    REJECTED;

    /** Whether the press office can still decide. */
    public boolean open() {
        return this == PENDING || this == MORE_INFO;
    }
}
