package org.influenceatlas.timeline;

import org.influenceatlas.source.SourceRef;

import java.util.List;
import java.util.Map;

/**
 * One dated change in the world: a feature that appeared or ended, a status, stance or
 * membership that changed, an event. {@code country} is the country it concerns (the host, a
 * member, a country on the route or of the event); {@code fact} holds the dated fact's own values.
 *
 * @param change appeared, ended, status, stance, joined, left or event
 */
public record WorldChange(String layer, String country, String date, String change, String id, String name,
                          String factId, Map<String, Object> fact, List<SourceRef> sources) {
}
