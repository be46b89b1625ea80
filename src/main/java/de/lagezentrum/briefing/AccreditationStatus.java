package de.lagezentrum.briefing;

/** Where a journalist's accreditation stands. */
public enum AccreditationStatus {
    /** Registered; the e-mail address is not confirmed yet. */
    PENDING_CONFIRMATION,
    /** Confirmed; waiting for the press office's review. */
    PENDING,
    /** The press office asked the journalist for more information; their answer makes it pending again. */
    MORE_INFORMATION_REQUESTED,
    /** Approved; the journalist has a {@code JOURNALIST} account. */
    APPROVED,
    /** Rejected with a reason. The address may register again. */
    REJECTED;

    /** Whether the press office can still decide: approve, ask for more or reject. */
    public boolean open() {
        return this == PENDING || this == MORE_INFORMATION_REQUESTED;
    }
}
