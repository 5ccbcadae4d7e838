package org.influenceatlas.editing.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published fact of every kind, loaded into its form and read straight back, is the same
 * record: a form that dropped or rewrote a field would propose a change nobody made.
 */
@SpringBootTest
@ActiveProfiles("test")
class RoundTripTest extends FormTesting {

    @Autowired
    PublishedFacts facts;

    @Test
    void every_fact_of_every_kind_comes_back_out_of_its_form_unchanged() {
        FormContext context = new FormContext(facts.countries, facts.alignments, new SourceChoices(facts.sources), cite -> { });
        List<String> changed = new ArrayList<>();
        int checked = 0;
        for (FactType type : FactType.values()) {
            List<?> all = facts.all(type);
            assertThat(all).as("bundled %s facts", type.path()).isNotEmpty();
            for (Object fact : all) {
                FactForm<?> form = FactForms.create(type, context);
                form.loadAny(fact);
                FormReader r = new FormReader();
                Optional<Object> back = form.readAny(r);
                if (back.isEmpty() || !back.get().equals(fact)) {
                    changed.add(type.path() + " " + form.idText() + ": " + (back.isEmpty() ? r.errors() : back.get()));
                }
                checked++;
            }
        }
        assertThat(changed).as("facts that did not survive their form (of %d)", checked).isEmpty();
    }
}
