package org.influenceatlas.briefing;

import org.influenceatlas.account.Curator;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.source.SourceService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Briefings: reading, and saving with checks. A save validates every slide against the dataset
 * and the sources, writes in one transaction, and refuses to overwrite a newer version.
 */
@Service
public class BriefingService {

    private final BriefingRepository repository;
    private final FeatureDirectory features;
    private final SourceService sources;
    private final Clock clock;
    /** Unreadable rows already logged, so a list read a thousand times logs each once. */
    private final Set<UnreadableBriefing> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BriefingService.class);
    private final History history;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    /**
     * Every briefing as stored, kept until the next revision: presenting a slide looks its briefing
     * up, and reading every briefing and slide row for each slide shown was a tenth of a node's CPU
     * under load (issue 14's load test).
     */
    private final Cached<BriefingRepository.Read> stored;
    private final Curators curators;

    BriefingService(BriefingRepository repository, FeatureDirectory features, SourceService sources, Clock clock,
                    History history, ChangeNotifier notifier, Curators curators) {
        this.curators = curators;
        this.stored = new Cached<>(notifier, known -> {
            BriefingRepository.Read read = repository.findAll(known, features.layers(), features::layerOf);
            return new BriefingRepository.Read(List.copyOf(read.briefings()), List.copyOf(read.unreadable()));
        });
        this.history = history;
        this.repository = repository;
        this.features = features;
        this.sources = sources;
        this.clock = clock;
    }


    /** The briefings as the version in force reads them ({@link KnownOn}: the latest, or as known on a day). */
    @Transactional(readOnly = true)
    public List<Briefing> all() {
        return read().briefings();
    }

    /**
     * Stored briefings that fail their checks and are left out of every list (logged, and shown
     * to authors so they can fix or remove them).
     */
    @Transactional(readOnly = true)
    public List<UnreadableBriefing> unreadable() {
        return read().unreadable();
    }

    private BriefingRepository.Read read() {
        BriefingRepository.Read read = stored.get();
        for (UnreadableBriefing u : read.unreadable()) {
            if (reported.add(u)) {
                log.error("Briefing '{}' is stored but cannot be read and is left out: {}", u.slug(), u.problem());
            }
        }
        return read;
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
    @PreAuthorize("hasRole('EDITOR')")
    public Briefing save(Briefing briefing) {
        Curator editor = curators.require(Role.EDITOR);
        return save(Change.by(editor.username(), briefing.version() == 0 ? "briefing created" : "briefing saved"), briefing);
    }

    /**
     * As {@link #save(Briefing)}, with who and why recorded in the revision; the author of the
     * change is the account that must own the briefing. Unguarded: the dataset import and tests
     * write through it, people through {@link #save(Briefing)} and {@link #publish(String, int)}.
     */
    @Transactional
    public Briefing save(Change change, Briefing briefing) {
        List<String> problems = new ArrayList<>(problems(briefing));
        try {
            briefing.checkDates(LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidBriefingException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Briefing> stored = find(briefing.slug());
        String owner = ownerAfterSave(change, stored);
        boolean published = stored.map(Briefing::published).orElse(false);
        // A published briefing's maps never follow the data by themselves: saving one unpinned pins it now.
        java.time.Instant knownOn = published && briefing.knownOn() == null ? clock.instant() : briefing.knownOn();
        Briefing saved = new Briefing(briefing.slug(), briefing.title(), briefing.summary(), briefing.author(),
                briefing.created(), today.isBefore(briefing.created()) ? briefing.created() : today,
                dataCheckedTo(briefing), false, briefing.version() + 1, briefing.slides(), knownOn, owner, published);
        if (saved.knownOn() != null && saved.knownOn().isAfter(clock.instant())) {
            throw new InvalidBriefingException(List.of("known-on: " + saved.knownOn() + " is in the future"));
        }
        // Two saves of one version cannot both pass: the second fails to close the version the first closed.
        boolean written;
        try {
            written = repository.save(change, saved, briefing.version());
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            written = false;
        }
        if (!written) {
            throw new ConcurrentEditException(briefing.slug(), briefing.version(),
                    repository.version(briefing.slug()).orElse(0));
        }
        return saved;
    }

    /**
     * The instant the briefing's reads are pinned to, if it is pinned. A pin from before this
     * database's first import (a bundled briefing written elsewhere) is moved to the end of that
     * import: the oldest version here, rather than nothing.
     */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> pin(Briefing briefing) {
        return pin(briefing.knownOn());
    }

    /** As {@link #pin(Briefing)}, for a pin not saved yet (the editor's preview); null is no pin. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> pin(java.time.Instant knownOn) {
        if (knownOn == null) {
            return Optional.empty();
        }
        return Optional.of(history.firstImported().filter(first -> first.isAfter(knownOn)).orElse(knownOn));
    }

    /**
     * Who owns the briefing after this save: its owner; the author of the change for a new one, or
     * for one the dataset shipped (editing it here makes it theirs, as it stops being bundled).
     * Anyone else is refused, and an admin may change any.
     */
    private String ownerAfterSave(Change change, Optional<Briefing> stored) {
        String owner = stored.map(Briefing::owner).orElse(null);
        boolean admin = curators.current().filter(c -> c.may(Role.ADMIN)).isPresent();
        if (owner == null || owner.equals(change.author()) || admin) {
            return owner == null ? change.author() : owner;
        }
        throw new NotOwnerException(stored.get().slug(), owner);
    }

    /**
     * Publishes the briefing (its owner or an admin): readers see it from now on, and its maps are
     * pinned to what the atlas knows now unless it is pinned already. {@code version} is the version
     * the publisher saw. Publishing a published briefing changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Briefing publish(String slug, int version) {
        return publish(Change.by(curators.require(Role.EDITOR).username(), "briefing published"), slug, version);
    }

    /** As {@link #publish(String, int)}, with who and why given (the author must own the briefing). */
    @Transactional
    public Briefing publish(Change change, String slug, int version) {
        Briefing stored = find(slug).orElseThrow(() -> new InvalidBriefingException(List.of("no briefing '" + slug + "'")));
        if (stored.published()) {
            return stored;
        }
        ownerAfterSave(change, Optional.of(stored));
        Briefing published = new Briefing(stored.slug(), stored.title(), stored.summary(), stored.author(), stored.created(),
                stored.updated(), stored.dataAsOf(), stored.bundled(), version + 1, stored.slides(),
                stored.knownOn() == null ? clock.instant() : stored.knownOn(), stored.owner(), true);
        boolean written;
        try {
            written = repository.save(change, published, version);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            written = false;
        }
        if (!written) {
            throw new ConcurrentEditException(slug, version, repository.version(slug).orElse(0));
        }
        return published;
    }

    /**
     * The briefings the person asking may see: every one for editors, the published ones for
     * everybody else (a draft is its authors' work in progress, not something to present).
     */
    @Transactional(readOnly = true)
    public List<Briefing> visible() {
        boolean editor = curators.current().filter(c -> c.may(Role.EDITOR)).isPresent();
        return all().stream().filter(b -> editor || b.published()).toList();
    }

    /** The briefing, if the person asking may see it ({@link #visible()}). */
    @Transactional(readOnly = true)
    public Optional<Briefing> findVisible(String slug) {
        return visible().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /**
     * What changed since the briefing's pin, for the features its slides select or emphasise:
     * each is read as the pin saw it and as it is now, and compared field by field. Empty of
     * features when the briefing is not pinned (it follows the data already).
     */
    @Transactional(readOnly = true)
    public PinChanges changesSincePin(Briefing briefing) {
        Optional<java.time.Instant> pin = pin(briefing);
        if (pin.isEmpty()) {
            return new PinChanges(clock.instant(), List.of(), 0);
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Slide slide : briefing.slides()) {
            slide.map().selection().ifPresent(s -> ids.add(s.id()));
            ids.addAll(slide.map().highlighted());
        }
        KnownOn then = history.knownOn(pin.get());
        List<PinChanges.FeatureChange> changed = new ArrayList<>();
        for (String id : ids) {
            Optional<java.util.Map<String, Object>> before = then.read(() -> features.feature(id));
            Optional<java.util.Map<String, Object>> after = features.feature(id);
            List<org.influenceatlas.base.FieldDiff.Difference> differences = org.influenceatlas.base.FieldDiff.between(
                    tree(before), tree(after));
            if (!differences.isEmpty()) {
                changed.add(new PinChanges.FeatureChange(id, nameOf(after.or(() -> before)).orElse(id), differences));
            }
        }
        return new PinChanges(pin.get(), changed, history.countAfter(then));
    }

    private com.fasterxml.jackson.databind.JsonNode tree(Optional<java.util.Map<String, Object>> feature) {
        return feature.<com.fasterxml.jackson.databind.JsonNode>map(json::valueToTree).orElse(null);
    }

    private static Optional<String> nameOf(Optional<java.util.Map<String, Object>> feature) {
        return feature.map(f -> f.get("properties")).filter(java.util.Map.class::isInstance)
                .map(p -> ((java.util.Map<?, ?>) p).get("name")).map(String::valueOf);
    }

    /**
     * Reads as the briefing's pin says: what the atlas said at its {@code knownOn}, or the latest
     * data when it has none. A read already pinned by the request ({@code ?knownOn=}) keeps that.
     */
    public <T> T read(Briefing briefing, Supplier<T> reading) {
        if (!KnownOn.current().isLatest()) {
            return reading.get();
        }
        return pin(briefing).map(instant -> history.knownOn(instant).read(reading)).orElseGet(reading);
    }

    /**
     * The day a briefing's data can be said to be current to: its own data date, but never later
     * than the day the layers its slides show were checked up to (data/layers.csv), so no briefing
     * or handout claims data newer than the checks. A save stores this day.
     */
    @Transactional(readOnly = true)
    public LocalDate dataCheckedTo(Briefing briefing) {
        java.util.Set<String> shown = new java.util.TreeSet<>();
        briefing.slides().forEach(s -> shown.addAll(s.map().layers()));
        return org.influenceatlas.source.LayerCheck.earliest(sources.layerChecks(), shown)
                .filter(briefing.dataAsOf()::isAfter).orElse(briefing.dataAsOf());
    }

    /** The briefing an exchange document describes, its map states read against the layers there are. */
    @Transactional(readOnly = true)
    public Briefing fromDocument(BriefingDocument document) {
        return document.toBriefing(features, LocalDate.now(clock));
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
    public void replaceBundled(Change change, Collection<Briefing> briefings) {
        repository.replaceBundled(change, briefings);
    }
}
