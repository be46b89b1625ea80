/** Musterstadt's demo of the lessons module: workshops, rated proposals, lessons and published resilience factors. */
@NullMarked
package de.lagezentrum.lessons.demo;

import org.jspecify.annotations.NullMarked;
