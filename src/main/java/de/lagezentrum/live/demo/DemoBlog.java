package de.lagezentrum.live.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.CommentView;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.NewComment;
import de.lagezentrum.live.NewPost;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PostView;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The demo event's blog: the host's welcome post (Markdown) with comments of the participants, one
 * answered by the host and one by the moderation in the thread.
 */
@Component
class DemoBlog {

    static final String TITLE = "Willkommen zum Amtsleitungstag: So machen Sie heute mit";
    static final String BODY = """
            Liebe Amtsleitungen,

            schön, dass Sie dabei sind! Heute geht es um eine Frage: Wie wollen wir **nach der Krise** arbeiten, \
            führen und lernen?

            So machen Sie mit:

            - **Umfragen:** Stimmen Sie ab, sobald eine Umfrage geöffnet ist. Die Ergebnisse besprechen wir gemeinsam.
            - **Fragen:** Stellen Sie dem Verwaltungsvorstand Ihre Fragen, gern anonym, und unterstützen Sie die \
            Fragen der anderen mit einem Klick.
            - **Blog:** Teilen Sie hier, was in Ihrem Amt gut funktioniert hat, damit es Schule macht.

            Die besten Ideen übernimmt das Programmbüro in das Reformprogramm *#wirfürdiestadt*.
            """;

    private final LiveBlog blog;

    DemoBlog(LiveBlog blog) {
        this.blog = blog;
    }

    /** Writes the post and its comments; the moderation's answer comes from the host without a moderator. */
    void load(CurrentUser host, @Nullable CurrentUser moderator, EventView event, List<Participant> audience) {
        BlogActor hostActor = blog.actor(host, event.id());
        BlogActor moderation = moderator == null ? hostActor : blog.actor(moderator, event.id());
        PostView post = blog.write(hostActor, new NewPost(TITLE, BODY));

        CommentView phone = comment(blog.actor(DemoAudience.named(audience, "Jan Becker")), post, null,
                "Danke für die Übersicht! Können die Kolleginnen und Kollegen in den Außenstellen, die nur per "
                        + "Telefon zugeschaltet sind, auch Fragen stellen?");
        comment(hostActor, post, phone, "Ja: Mit dem Zugangscode geht es auch auf dem Diensthandy. Wer nur "
                + "telefonisch dabei ist, schickt seine Frage an die Moderation, die sie in der Fragerunde stellt.");
        comment(blog.actor(audience.get(DemoAudience.NAMED + 7)), post, null, "Bei uns haben sich kurze digitale "
                + "Dienstbesprechungen bewährt: **20 Minuten**, feste Tagesordnung, das Protokoll gleich im "
                + "Teamkanal. Zum Nachmachen empfohlen!");
        CommentView slides = comment(blog.actor(DemoAudience.named(audience, "Claudia Richter")), post, null,
                "Werden die Folien der Keynotes nach dem Tag im Intranet bereitgestellt?");
        comment(moderation, post, slides, "Ja, die Folien und die Ergebnisse der Umfragen stehen ab morgen im "
                + "Intranet unter *Amtsleitungstag*.");
    }

    private CommentView comment(BlogActor actor, PostView post, @Nullable CommentView parent, String body) {
        return blog.comment(actor, post.id(), new NewComment(body, parent == null ? null : parent.id()));
    }
}
