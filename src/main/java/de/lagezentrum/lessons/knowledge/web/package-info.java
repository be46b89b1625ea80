/** The API of recommendations and resilience factors (write, submit for review, publish with four eyes). */
@NullMarked
package de.lagezentrum.lessons.knowledge.web;

import org.jspecify.annotations.NullMarked;
