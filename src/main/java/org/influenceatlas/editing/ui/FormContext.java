package org.influenceatlas.editing.ui;

import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.source.Source;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the forms check against and offer: the known countries and organisations (the rules the
 * feature services apply on save), the sources to cite, and a way to add a new source.
 *
 * @param newSource opens the new-source form and hands the proposed source to the callback
 */
record FormContext(CountryService countries, AlignmentService alignments, SourceChoices sources,
                   Consumer<Consumer<Source>> newSource) {

    Set<String> organisationIds() {
        return alignments.organisations().stream().map(o -> o.id()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The feature services' rule, checked before anything is sent, at the field it names. */
    void requireKnown(FormReader r, String field, List<org.influenceatlas.base.CountryCode> codes) {
        try {
            countries.requireKnown(field, codes);
        } catch (IllegalArgumentException e) {
            r.refuse(org.influenceatlas.base.InvalidField.of(e, field));
        }
    }
}
