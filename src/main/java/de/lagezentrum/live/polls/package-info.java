/**
 * Live polls: the tables, the batched writer that makes thousands of votes a second durable in few
 * transactions, the cache the votes are checked against, and the coalescer that publishes results a few
 * times a second instead of once per vote. Internal to the live module: others use
 * {@link de.lagezentrum.live.LivePolls}.
 */
@NullMarked
package de.lagezentrum.live.polls;

import org.jspecify.annotations.NullMarked;
