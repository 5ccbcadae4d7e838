package org.influenceatlas.dataset;

import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
import org.influenceatlas.event.Event;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.LayerCheck;
import org.influenceatlas.source.Source;

import java.util.List;
import java.util.Map;

/**
 * Everything in data/, read and checked, ready to be written in one transaction: the facts, the day
 * each layer was checked up to, the curation notes by fact id (kept apart from the facts' own
 * fields), and the rule breaches found (empty unless the rules ran in report mode).
 */
record Dataset(String version, List<Source> sources, Map<String, List<Citation>> citationsByFact,
               List<Country> countries, List<Boundary> boundaries, List<Organisation> organisations,
               List<Membership> memberships, List<Stance> stances, List<MilitaryPresence> presences,
               List<Corridor> corridors, List<Event> events, List<Briefing> briefings, List<LayerCheck> layerChecks,
               Map<String, String> curationNotes, List<DataRules.Breach> breaches) {
}
