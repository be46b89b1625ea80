/** The API and the page of a workshop's proposals: adding them, rating them, the ranked list and the matrix. */
@NullMarked
package de.lagezentrum.lessons.proposals.web;

import org.jspecify.annotations.NullMarked;
