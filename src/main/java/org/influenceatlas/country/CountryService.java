package org.influenceatlas.country;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.ChangeNotifier;
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

    CountryService(CountryRepository repository, SourceService sources, ChangeNotifier notifier) {
        this.repository = repository;
        this.sources = sources;
        this.countries = new Cached<>(notifier, known -> List.copyOf(repository.findAll(known, sources.citationsByFact())));
        this.boundaries = new Cached<>(notifier, known -> List.copyOf(repository.findBoundaries(known)));
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

    /**
     * The rule every writer of a fact shares: each country it names is in the dataset. The import
     * checks the same against countries.csv before anything is written.
     *
     * @throws org.influenceatlas.base.InvalidField naming the field and the unknown code
     */
    @Transactional(readOnly = true)
    public void requireKnown(String field, java.util.Collection<CountryCode> codes) {
        for (CountryCode code : codes) {
            if (find(code).isEmpty()) {
                throw new org.influenceatlas.base.InvalidField(field, "unknown country code '" + code + "'");
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Boundary> boundaries() {
        return boundaries.get();
    }

    /** Makes the countries and outlines exactly these (the dataset import); absent ones are retired. */
    @Transactional
    public void replaceAll(Change change, Collection<Country> countries, Collection<Boundary> boundaries) {
        repository.replaceAll(change, countries, boundaries);
    }

    @Transactional
    public void save(Change change, Country country) {
        repository.save(change, country);
        sources.saveCitations(change, country.code().value(), country.citations());
    }

    @Transactional
    public void save(Change change, Boundary boundary) {
        repository.save(change, boundary);
    }
}
