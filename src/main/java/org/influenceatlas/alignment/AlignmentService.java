package org.influenceatlas.alignment;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.source.Citation;
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

    private final Cached<List<Organisation>> organisations;
    private final Cached<List<Alignment>> alignments;

    AlignmentService(AlignmentRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
        this.organisations = new Cached<>(() -> List.copyOf(repository.findOrganisations(sources.citationsByFact())));
        this.alignments = new Cached<>(this::load);
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

    private List<Alignment> load() {
        Map<String, List<Citation>> citations = sources.citationsByFact();
        Map<CountryCode, List<Membership>> memberships = new TreeMap<>();
        Map<CountryCode, List<Stance>> stances = new TreeMap<>();
        repository.findMemberships(citations).forEach(m -> memberships.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(m));
        repository.findStances(citations).forEach(s -> stances.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s));
        TreeMap<CountryCode, Alignment> byCountry = new TreeMap<>();
        memberships.keySet().forEach(c -> byCountry.put(c, null));
        stances.keySet().forEach(c -> byCountry.put(c, null));
        return byCountry.keySet().stream()
                .map(c -> new Alignment(c, memberships.getOrDefault(c, List.of()), stances.getOrDefault(c, List.of())))
                .toList();
    }

    @Transactional
    public void replaceAll(Collection<Organisation> organisations, Collection<Membership> memberships, Collection<Stance> stances) {
        repository.replaceAll(organisations, memberships, stances);
        this.organisations.invalidate();
        this.alignments.invalidate();
    }
}
