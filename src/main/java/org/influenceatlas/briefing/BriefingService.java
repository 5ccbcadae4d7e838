package org.influenceatlas.briefing;

import org.influenceatlas.layer.MapState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.influenceatlas.source.SourceService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Briefings: reading, and saving with checks. A save validates every slide against the dataset
 * and the sources, writes in one transaction, and refuses to overwrite a newer version.
 */
@Service
public class BriefingService {

    private final BriefingRepository repository;
    private final FeatureDirectory features;
    private final SourceService sources;

    BriefingService(BriefingRepository repository, FeatureDirectory features, SourceService sources) {
        this.repository = repository;
        this.features = features;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<Briefing> all() {
        return repository.findAll(features.layers(), features::layerOf);
    }

    @Transactional(readOnly = true)
    public Optional<Briefing> find(String slug) {
        return all().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /**
     * Saves the briefing as a new version. {@code briefing.version()} must be the version the
     * editor loaded (0 for a new briefing); the stored copy gets that version + 1.
     *
     * @throws InvalidBriefingException  when a slide names an unknown feature, organisation or source
     * @throws ConcurrentEditException  when someone else saved in between
     */
    @Transactional
    public Briefing save(Briefing briefing) {
        List<String> problems = problems(briefing);
        if (!problems.isEmpty()) {
            throw new InvalidBriefingException(problems);
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        Briefing saved = new Briefing(briefing.slug(), briefing.title(), briefing.summary(), briefing.author(),
                briefing.created(), today.isBefore(briefing.created()) ? briefing.created() : today,
                briefing.dataAsOf(), false, briefing.version() + 1, briefing.slides());
        // The version check and the write are one statement, so two saves cannot both pass it.
        boolean written = briefing.version() == 0 ? repository.insertNew(saved) : repository.update(saved, briefing.version());
        if (!written) {
            throw new ConcurrentEditException(briefing.slug(), briefing.version(),
                    repository.version(briefing.slug()).orElse(0));
        }
        return saved;
    }

    /** The briefing an exchange document describes, its map states read against the layers there are. */
    @Transactional(readOnly = true)
    public Briefing fromDocument(BriefingDocument document) {
        return document.toBriefing(features);
    }

    /** What is wrong with the briefing's references, slide by slide; empty when it can be saved. */
    @Transactional(readOnly = true)
    public List<String> problems(Briefing briefing) {
        Set<String> sourceIds = sources.catalogue().keySet();
        List<String> problems = new ArrayList<>();
        for (int n = 1; n <= briefing.slides().size(); n++) {
            Slide slide = briefing.slide(n);
            String where = "slide " + n + " (" + slide.title() + "), field ";
            MapState map = slide.map();
            map.selection().filter(s -> !features.layerOf(s.id()).equals(Optional.of(s.layer())))
                    .ifPresent(s -> problems.add(where + "select: unknown feature '" + s.key() + "'"));
            map.highlighted().stream().filter(id -> !features.isFeature(id))
                    .forEach(id -> problems.add(where + "highlight: unknown feature '" + id + "'"));
            map.organisation().filter(org -> !features.isOrganisation(org))
                    .ifPresent(org -> problems.add(where + "org: unknown organisation '" + org + "'"));
            slide.citations().stream().filter(c -> !sourceIds.contains(c.sourceId()))
                    .forEach(c -> problems.add(where + "body: unknown source '" + c.sourceId() + "'"));
        }
        return problems;
    }

    /** Replaces the briefings that ship with the dataset; briefings written here are kept. */
    @Transactional
    public void replaceBundled(Collection<Briefing> briefings) {
        repository.replaceBundled(briefings);
    }
}
