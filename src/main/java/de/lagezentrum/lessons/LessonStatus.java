package de.lagezentrum.lessons;

/** NATO's lessons-learned process: a lesson is identified, and learned once its actions are done and validated. */
public enum LessonStatus {
    IDENTIFIED,
    LEARNED
}
