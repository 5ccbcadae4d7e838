package org.influenceatlas.alignment;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.source.Citation;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Service
public class AlignmentService {

    private final AlignmentRepository repository;
    private final SourceService sources;
    private final CountryService countries;

    private final Cached<List<Organisation>> organisations;
    private final Cached<List<Alignment>> alignments;

    AlignmentService(AlignmentRepository repository, SourceService sources, ChangeNotifier notifier, CountryService countries) {
        this.countries = countries;
        this.repository = repository;
        this.sources = sources;
        this.organisations = new Cached<>(notifier, known -> List.copyOf(repository.findOrganisations(known, sources.citationsByFact())));
        this.alignments = new Cached<>(notifier, this::load);
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.get();
    }

    /** Every country that has a membership or a stance, by country code. */
    @Transactional(readOnly = true)
    public List<Alignment> all() {
        return alignments.get();
    }

    private List<Alignment> load(KnownOn known) {
        Map<String, List<Citation>> citations = sources.citationsByFact();
        Map<CountryCode, List<Membership>> memberships = new TreeMap<>();
        Map<CountryCode, List<Stance>> stances = new TreeMap<>();
        repository.findMemberships(known, citations).forEach(m -> memberships.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(m));
        repository.findStances(known, citations).forEach(s -> stances.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s));
        TreeMap<CountryCode, Alignment> byCountry = new TreeMap<>();
        memberships.keySet().forEach(c -> byCountry.put(c, null));
        stances.keySet().forEach(c -> byCountry.put(c, null));
        return byCountry.keySet().stream()
                .map(c -> new Alignment(c, memberships.getOrDefault(c, List.of()), stances.getOrDefault(c, List.of())))
                .toList();
    }

    /** Makes organisations, memberships and stances exactly these (the dataset import); absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<Organisation> organisations, Collection<Membership> memberships,
                           Collection<Stance> stances) {
        repository.replaceAll(change, organisations, memberships, stances);
    }

    @Transactional
    public void save(Change change, Organisation organisation) {
        repository.save(change, organisation);
        sources.saveCitations(change, organisation.id(), organisation.citations());
    }

    @Transactional
    public void save(Change change, Membership membership) {
        requireOrganisation(membership.organisation());
        countries.requireKnown("country", List.of(membership.country()));
        repository.save(change, membership);
        sources.saveCitations(change, membership.id(), membership.citations());
    }

    @Transactional
    public void save(Change change, Stance stance) {
        countries.requireKnown("country", List.of(stance.country()));
        repository.save(change, stance);
        sources.saveCitations(change, stance.id(), stance.citations());
    }

    @Transactional
    public void retireMembership(Change change, String id) {
        repository.retireMembership(change, id);
        sources.saveCitations(change, id, List.of());
    }

    @Transactional
    public void retireStance(Change change, String id) {
        repository.retireStance(change, id);
        sources.saveCitations(change, id, List.of());
    }

    private void requireOrganisation(String id) {
        if (organisations().stream().noneMatch(o -> o.id().equals(id))) {
            throw new IllegalArgumentException("organisation: unknown organisation '" + id + "'");
        }
    }
}
