package de.lagezentrum.briefing.video.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.briefing.video.ForgedCallbackException;
import de.lagezentrum.briefing.video.VideoRooms;
import de.lagezentrum.platform.web.Problems;

/**
 * {@code POST /api/v1/briefings/video/recording-ready}: BigBlueButton reports a processed recording.
 * Public (BigBlueButton has no account) and rate-limited; the form field {@code signed_parameters}, a
 * JWT signed with the shared secret, is the credential. A forged one answers a 401 problem and
 * publishes nothing. BigBlueButton sends the field form-encoded; no content type is insisted on.
 */
@RestController
class RecordingReadyController {

    private static final Logger log = LoggerFactory.getLogger(RecordingReadyController.class);

    private final VideoRooms rooms;
    private final MessageSource messages;

    RecordingReadyController(VideoRooms rooms, MessageSource messages) {
        this.rooms = rooms;
        this.messages = messages;
    }

    @PostMapping(VideoRooms.RECORDING_READY_PATH)
    ResponseEntity<Void> recordingReady(@RequestParam("signed_parameters") String signedParameters) {
        rooms.recordingReady(signedParameters);
        return ResponseEntity.ok().build();
    }

    @ExceptionHandler(ForgedCallbackException.class)
    ResponseEntity<ProblemDetail> forged(ForgedCallbackException e) {
        log.warn("Refused a recording-ready callback: {}", e.getMessage());
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
        problem.setType(Problems.type("forged-callback"));
        problem.setTitle(messages.getMessage("problem.forged-callback.title", null, locale));
        problem.setDetail(messages.getMessage("problem.forged-callback.detail", null, locale));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
