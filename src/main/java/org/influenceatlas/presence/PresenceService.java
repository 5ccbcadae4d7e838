package org.influenceatlas.presence;

import org.influenceatlas.base.Cached;
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

    private final Cached<List<MilitaryPresence>> presences;

    PresenceService(PresenceRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
        this.presences = new Cached<>(() -> List.copyOf(repository.findAll(sources.citationsByFact())));
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

    @Transactional
    public void replaceAll(Collection<MilitaryPresence> presences) {
        repository.replaceAll(presences);
        this.presences.invalidate();
    }
}
