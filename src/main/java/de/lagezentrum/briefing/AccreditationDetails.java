package de.lagezentrum.briefing;

import java.util.List;

/**
 * An accreditation with its history, oldest step first.
 *
 * @param accreditation the accreditation
 * @param history its changes
 */
public record AccreditationDetails(AccreditationView accreditation, List<AccreditationChange> history) {

    public AccreditationDetails {
        history = List.copyOf(history);
    }
}
