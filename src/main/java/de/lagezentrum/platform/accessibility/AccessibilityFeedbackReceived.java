package de.lagezentrum.platform.accessibility;

import java.util.UUID;

/**
 * Someone reported a barrier. Published after the feedback is stored; the admins are mailed in
 * reaction, after the commit and retried after a crash (event publication registry).
 *
 * @param tenantId the municipality whose admins are told
 * @param feedbackId the stored feedback
 */
public record AccessibilityFeedbackReceived(UUID tenantId, UUID feedbackId) {
}
