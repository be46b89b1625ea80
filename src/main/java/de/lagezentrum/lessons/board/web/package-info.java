/** The API and pages of a workshop's board: observations, clusters, the live stream. */
@NullMarked
package de.lagezentrum.lessons.board.web;

import org.jspecify.annotations.NullMarked;
