package org.influenceatlas.event;

import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

@Service
public class EventService {

    private final EventRepository repository;
    private final SourceService sources;

    EventService(EventRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<Event> all() {
        return repository.findAll(sources.citationsByFact());
    }

    @Transactional
    public void replaceAll(Collection<Event> events) {
        repository.replaceAll(events);
    }
}
