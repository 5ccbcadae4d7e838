package org.influenceatlas.presence;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
public class PresenceService {

    private final PresenceRepository repository;
    private final SourceService sources;
    private final CountryService countries;

    private final Cached<List<MilitaryPresence>> presences;

    PresenceService(PresenceRepository repository, SourceService sources, ChangeNotifier notifier, CountryService countries) {
        this.countries = countries;
        this.repository = repository;
        this.sources = sources;
        this.presences = new Cached<>(notifier, known -> List.copyOf(repository.findAll(known, sources.citationsByFact())));
    }

    @Transactional(readOnly = true)
    public List<MilitaryPresence> all() {
        return presences.get();
    }

    /** The one with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<MilitaryPresence> find(String id) {
        return all().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** Makes the presences exactly these (the dataset import): each change is a revision, absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<MilitaryPresence> presences) {
        repository.replaceAll(change, presences);
    }

    /** Creates or updates one presence with its status changes and their citations. */
    @Transactional
    public void save(Change change, MilitaryPresence presence) {
        countries.requireKnown("operator", List.of(presence.operator()));
        countries.requireKnown("host", List.of(presence.host()));
        java.util.Set<String> kept = new java.util.HashSet<>(presence.history().stream().map(StatusChange::id).toList());
        find(presence.id()).ifPresent(old -> old.history().stream().filter(c -> !kept.contains(c.id()))
                .forEach(c -> sources.saveCitations(change, c.id(), List.of())));
        repository.save(change, presence);
        sources.saveCitations(change, presence.id(), presence.citations());
        presence.history().forEach(c -> sources.saveCitations(change, c.id(), c.citations()));
    }

    /** Retires the presence: it leaves every current read, and its history stays. */
    @Transactional
    public void retire(Change change, String id) {
        find(id).ifPresent(p -> p.history().forEach(c -> sources.saveCitations(change, c.id(), List.of())));
        repository.retire(change, id);
        sources.saveCitations(change, id, List.of());
    }
}
