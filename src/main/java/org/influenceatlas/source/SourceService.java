package org.influenceatlas.source;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sources and who cites them. Every write leaves a revision (see {@link org.influenceatlas.base.History}). */
@Service
public class SourceService {

    private final SourceRepository repository;
    private final Cached<List<Source>> sources;
    private final Cached<Map<String, List<Citation>>> citations;
    private final Cached<List<LayerCheck>> checks;
    private final Cached<Map<String, String>> curationNotes;

    SourceService(SourceRepository repository, ChangeNotifier notifier) {
        this.repository = repository;
        this.sources = new Cached<>(notifier, known -> List.copyOf(repository.findAll(known)));
        this.citations = new Cached<>(notifier, known -> Map.copyOf(repository.findCitations(known)));
        this.checks = new Cached<>(notifier, known -> List.copyOf(repository.findLayerChecks(known)));
        this.curationNotes = new Cached<>(notifier, known -> Map.copyOf(repository.findCurationNotes(known)));
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

    /** Makes the sources and citations exactly these: changed ones get a new version, absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<Source> sources, Map<String, List<Citation>> citationsByFact) {
        repository.replaceAll(change, sources, citationsByFact);
    }

    /** The day each layer was checked up to, by layer id. */
    @Transactional(readOnly = true)
    public List<LayerCheck> layerChecks() {
        return checks.get();
    }

    /**
     * The curators' notes on facts ("corrected: ..."), by fact id: for editors and the export,
     * never shown as part of a fact.
     */
    @Transactional(readOnly = true)
    public Map<String, String> curationNotes() {
        return curationNotes.get();
    }

    @Transactional
    public void replaceLayerChecks(Change change, Collection<LayerCheck> layerChecks) {
        repository.replaceLayerChecks(change, layerChecks);
    }

    @Transactional
    public void replaceCurationNotes(Change change, Map<String, String> notes) {
        repository.replaceCurationNotes(change, notes);
    }

    @Transactional
    public void save(Change change, Source source) {
        repository.save(change, source);
    }

    @Transactional
    public void retire(Change change, String id) {
        repository.retire(change, id);
    }

    /**
     * Makes these the fact's citations, in this order. The feature services call it when they
     * save a fact; every source named must exist.
     */
    @Transactional
    public void saveCitations(Change change, String factId, List<Citation> citations) {
        Map<String, Source> catalogue = catalogue();
        citations.stream().filter(c -> !catalogue.containsKey(c.sourceId())).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException(factId + ": unknown source '" + c.sourceId() + "'");
        });
        repository.saveCitations(change, factId, citations);
    }
}
