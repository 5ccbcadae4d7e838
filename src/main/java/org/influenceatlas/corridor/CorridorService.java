package org.influenceatlas.corridor;

import org.influenceatlas.base.Cached;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
public class CorridorService {

    private final CorridorRepository repository;
    private final SourceService sources;

    private final Cached<List<Corridor>> corridors;

    CorridorService(CorridorRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
        this.corridors = new Cached<>(() -> List.copyOf(repository.findAll(sources.citationsByFact())));
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

    @Transactional
    public void replaceAll(Collection<Corridor> corridors) {
        repository.replaceAll(corridors);
        this.corridors.invalidate();
    }
}
