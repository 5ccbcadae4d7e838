package org.influenceatlas.country;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
public class CountryService {

    private final CountryRepository repository;
    private final SourceService sources;

    private final Cached<List<Country>> countries;
    private final Cached<List<Boundary>> boundaries;

    CountryService(CountryRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
        this.countries = new Cached<>(() -> List.copyOf(repository.findAll(sources.citationsByFact())));
        this.boundaries = new Cached<>(() -> List.copyOf(repository.findBoundaries()));
    }

    @Transactional(readOnly = true)
    public List<Country> all() {
        return countries.get();
    }

    @Transactional(readOnly = true)
    public Optional<Country> find(CountryCode code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The country's name, or its code where the dataset has no such country. */
    @Transactional(readOnly = true)
    public String nameOf(CountryCode code) {
        return find(code).map(Country::name).orElse(code.value());
    }

    @Transactional(readOnly = true)
    public List<Boundary> boundaries() {
        return boundaries.get();
    }

    @Transactional
    public void replaceAll(Collection<Country> countries, Collection<Boundary> boundaries) {
        repository.replaceAll(countries, boundaries);
        this.countries.invalidate();
        this.boundaries.invalidate();
    }
}
