package de.lagezentrum.briefing.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import de.lagezentrum.platform.web.InvalidInputException;

/** A facade's refusal shown at the form field it is about (the API's field names differ from the forms'). */
final class FormErrors {

    static final Map<String, String> BRIEFING_FIELDS = Map.of("title", "briefingTitle", "topic", "topic",
            "start", "date", "end", "endTime", "chairId", "chairId", "panel", "panelIds", "guests", "guests",
            "videoUrl", "videoUrl");

    static final Map<String, String> SERIES_FIELDS = Map.of("title", "seriesTitle", "topic", "topic",
            "from", "firstDate", "until", "lastDate", "chairId", "chairId", "panel", "panelIds", "guests", "guests",
            "videoUrl", "videoUrl");

    private FormErrors() {
    }

    static void reject(BindingResult errors, InvalidInputException refusal, Map<String, String> fields) {
        String field = fields.get(refusal.field());
        if (field == null) {
            errors.reject(refusal.messageKey());
        }
        else {
            errors.rejectValue(field, refusal.messageKey());
        }
    }
}
