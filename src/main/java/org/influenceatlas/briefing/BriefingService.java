package org.influenceatlas.briefing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
public class BriefingService {

    private final BriefingRepository repository;

    BriefingService(BriefingRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<Briefing> all() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Briefing> find(String slug) {
        return all().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /** Replaces the briefings that ship with the dataset; briefings written here are kept. */
    @Transactional
    public void replaceBundled(Collection<Briefing> briefings) {
        repository.replaceBundled(briefings);
    }
}
