package org.influenceatlas.event;

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
public class EventService {

    private final EventRepository repository;
    private final SourceService sources;
    private final CountryService countries;

    private final Cached<List<Event>> events;

    EventService(EventRepository repository, SourceService sources, ChangeNotifier notifier, CountryService countries) {
        this.countries = countries;
        this.repository = repository;
        this.sources = sources;
        this.events = new Cached<>(notifier, known -> List.copyOf(repository.findAll(known, sources.citationsByFact())));
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

    /** Makes the events exactly these (the dataset import): each change is a revision, absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<Event> events) {
        repository.replaceAll(change, events);
    }

    @Transactional
    public void save(Change change, Event event) {
        countries.requireKnown("countries", event.countries());
        repository.save(change, event);
        sources.saveCitations(change, event.id(), event.citations());
    }

    @Transactional
    public void retire(Change change, String id) {
        repository.retire(change, id);
        sources.saveCitations(change, id, List.of());
    }
}
