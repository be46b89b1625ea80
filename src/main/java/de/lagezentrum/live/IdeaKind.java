package de.lagezentrum.live;

/** What an idea of an event was, before the team marked it: a question, an open-text answer, a blog post. */
public enum IdeaKind {
    QUESTION,
    ANSWER,
    POST
}
