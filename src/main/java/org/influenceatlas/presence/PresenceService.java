package org.influenceatlas.presence;

import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

@Service
public class PresenceService {

    private final PresenceRepository repository;
    private final SourceService sources;

    PresenceService(PresenceRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<MilitaryPresence> all() {
        return repository.findAll(sources.citationsByFact());
    }

    @Transactional
    public void replaceAll(Collection<MilitaryPresence> presences) {
        repository.replaceAll(presences);
    }
}
