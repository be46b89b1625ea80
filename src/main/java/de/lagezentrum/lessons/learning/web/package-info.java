/** The API and pages of lessons: identify, add and report on remedial actions, validate. */
@NullMarked
package de.lagezentrum.lessons.learning.web;

import org.jspecify.annotations.NullMarked;
