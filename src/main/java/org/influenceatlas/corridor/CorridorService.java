package org.influenceatlas.corridor;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Service
public class CorridorService {

    private final CorridorRepository repository;
    private final SourceService sources;
    private final CountryService countries;

    private final Cached<List<Corridor>> corridors;

    CorridorService(CorridorRepository repository, SourceService sources, ChangeNotifier notifier, CountryService countries) {
        this.countries = countries;
        this.repository = repository;
        this.sources = sources;
        this.corridors = new Cached<>(notifier, known -> List.copyOf(repository.findAll(known, sources.citationsByFact())));
    }

    @Transactional(readOnly = true)
    public List<Corridor> all() {
        return corridors.get();
    }

    /** The one with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<Corridor> find(String id) {
        return all().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** Makes the corridors exactly these (the dataset import): each change is a revision, absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<Corridor> corridors) {
        repository.replaceAll(change, corridors);
    }

    /** Creates or updates one corridor with its segments and their citations. */
    @Transactional
    public void save(Change change, Corridor corridor) {
        countries.requireKnown("countries", corridor.countries());
        Set<String> kept = new HashSet<>(corridor.segments().stream().map(Segment::id).toList());
        find(corridor.id()).ifPresent(old -> old.segments().stream().filter(s -> !kept.contains(s.id()))
                .forEach(s -> sources.saveCitations(change, s.id(), List.of())));
        repository.save(change, corridor);
        sources.saveCitations(change, corridor.id(), corridor.citations());
        corridor.segments().forEach(s -> sources.saveCitations(change, s.id(), s.citations()));
    }

    @Transactional
    public void retire(Change change, String id) {
        find(id).ifPresent(c -> c.segments().forEach(s -> sources.saveCitations(change, s.id(), List.of())));
        repository.retire(change, id);
        sources.saveCitations(change, id, List.of());
    }
}
