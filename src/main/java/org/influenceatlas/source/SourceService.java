package org.influenceatlas.source;

import org.influenceatlas.base.Cached;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sources and who cites them. Read-mostly: the dataset importer is the only writer. */
@Service
public class SourceService {

    private final SourceRepository repository;
    private final Cached<List<Source>> sources;
    private final Cached<Map<String, List<Citation>>> citations;

    SourceService(SourceRepository repository) {
        this.repository = repository;
        this.sources = new Cached<>(() -> List.copyOf(repository.findAll()));
        this.citations = new Cached<>(() -> Map.copyOf(repository.findCitations()));
    }

    @Transactional(readOnly = true)
    public List<Source> all() {
        return sources.get();
    }

    @Transactional(readOnly = true)
    public Optional<Source> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every fact's citations, keyed by fact id, in the order the dataset lists them. */
    @Transactional(readOnly = true)
    public Map<String, List<Citation>> citationsByFact() {
        return citations.get();
    }

    /** Resolves citations against the catalogue, keeping their order; unknown ids cannot occur after import. */
    public List<SourceRef> describe(List<Citation> citations, Map<String, Source> catalogue) {
        return citations.stream()
                .filter(c -> catalogue.containsKey(c.sourceId()))
                .map(c -> SourceRef.of(catalogue.get(c.sourceId()), c))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<String, Source> catalogue() {
        Map<String, Source> byId = new LinkedHashMap<>();
        all().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    @Transactional
    public void replaceAll(Collection<Source> sources, Map<String, List<Citation>> citationsByFact) {
        repository.replaceAll(sources, citationsByFact);
        this.sources.invalidate();
        this.citations.invalidate();
    }
}
