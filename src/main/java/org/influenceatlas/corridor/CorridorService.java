package org.influenceatlas.corridor;

import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

@Service
public class CorridorService {

    private final CorridorRepository repository;
    private final SourceService sources;

    CorridorService(CorridorRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<Corridor> all() {
        return repository.findAll(sources.citationsByFact());
    }

    @Transactional
    public void replaceAll(Collection<Corridor> corridors) {
        repository.replaceAll(corridors);
    }
}
