package de.lagezentrum.live.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The demo event's questions, asked and upvoted by its participants and worked by the moderation (the
 * event is moderated, so each waits until let through): one pinned for the coming round of questions, one
 * answered, a few visible, and one still waiting for moderation.
 */
@Component
class DemoQuestions {

    /** A question of the demo: its text, who asks (by index in the audience), named or not, upvotes, status. */
    record Asked(String text, int asker, boolean named, int upvotes, LiveQuestionStatus status) {
    }

    static final List<Asked> QUESTIONS = List.of(
            new Asked("Wie sollen wir auf Distanz führen, wenn das halbe Team im Außendienst ist und nie alle "
                    + "gleichzeitig online sind?", 0, true, 12, LiveQuestionStatus.PINNED),
            new Asked("Wann bekommen alle Ämter die E-Akte, und wer schult unsere Teams dafür?", 14, false, 9,
                    LiveQuestionStatus.ANSWERED),
            new Asked("Gibt es ein gemeinsames Budget für Pilotprojekte, oder muss jedes Amt sie aus dem eigenen "
                    + "Haushalt bezahlen?", 8, true, 7, LiveQuestionStatus.VISIBLE),
            new Asked("Kann das neue Raumkonzept auch Flächen für die Bürgerberatung vorsehen, nicht nur "
                    + "Desk-Sharing?", 21, false, 4, LiveQuestionStatus.VISIBLE),
            new Asked("Wie erfahren unsere Außenstellen rechtzeitig von den Hitzewarnungen des Wetterdienstes?", 2,
                    true, 2, LiveQuestionStatus.VISIBLE),
            new Asked("Werden die Ergebnisse der Umfragen nach dem Tag mit allen Beschäftigten geteilt?", 25, false, 0,
                    LiveQuestionStatus.PENDING));
    /** The question that the host marks as an idea for the modernisation programme. */
    static final int IDEA = 2;

    private final LiveQuestions questions;

    DemoQuestions(LiveQuestions questions) {
        this.questions = questions;
    }

    /** Asks, upvotes and moderates the questions; returns the one that the host marks as an idea. */
    LiveQuestionView load(CurrentUser moderator, EventView event, List<Participant> audience) {
        List<LiveQuestionView> asked = new ArrayList<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Asked question = QUESTIONS.get(i);
            LiveQuestionView view = questions.ask(audience.get(question.asker()), question.text(), question.named());
            if (question.status() != LiveQuestionStatus.PENDING) {
                questions.change(moderator, view.id(), LiveQuestionStatus.VISIBLE, null);
                for (int k = 0; k < question.upvotes(); k++) {
                    // A different slice of the audience for each question, the asker often among them.
                    questions.upvote(audience.get((question.asker() + 3 * i + k) % audience.size()), view.id());
                }
                if (question.status() != LiveQuestionStatus.VISIBLE) {
                    questions.change(moderator, view.id(), question.status(), null);
                }
            }
            asked.add(view);
        }
        return asked.get(IDEA);
    }
}
