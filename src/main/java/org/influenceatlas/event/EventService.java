package org.influenceatlas.event;

import org.influenceatlas.base.Cached;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
public class EventService {

    private final EventRepository repository;
    private final SourceService sources;

    private final Cached<List<Event>> events;

    EventService(EventRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
        this.events = new Cached<>(() -> List.copyOf(repository.findAll(sources.citationsByFact())));
    }

    @Transactional(readOnly = true)
    public List<Event> all() {
        return events.get();
    }

    /** The one with this id, if any. */
    @Transactional(readOnly = true)
    public Optional<Event> find(String id) {
        return all().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    @Transactional
    public void replaceAll(Collection<Event> events) {
        repository.replaceAll(events);
        this.events.invalidate();
    }
}
