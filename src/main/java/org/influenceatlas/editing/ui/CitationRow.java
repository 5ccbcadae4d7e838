package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Source;

import java.util.Optional;

/**
 * One citation: the source (picked by typing its name), where in it (locator) or what it says
 * (quote), how far this passage bears the fact out (credibility 1-6) and whether it is a party's
 * own claim. A citation added here must have a locator or quote and a grade; one loaded from the
 * dataset keeps what it has, so editing a fact never forces a grade nobody has checked.
 */
class CitationRow extends FormLayout {

    final ComboBox<Source> source = new ComboBox<>("Source");
    final TextField locator = Fields.line("Locator (page, section, line)");
    final TextArea quote = Fields.area("Quote");
    final Select<Credibility> credibility = new Select<>();
    final Checkbox claim = new Checkbox("A party's own claim");
    private final SourceChoices choices;
    private boolean loaded;

    CitationRow(SourceChoices choices) {
        this.choices = choices;
        addClassName("atlas-citation");
        source.setItems(query -> choices.matching(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        source.setItemLabelGenerator(SourceChoices::label);
        source.setPlaceholder("Type a title, publisher or id");
        source.setWidthFull();
        credibility.setLabel("Credibility");
        credibility.setItems(Credibility.values());
        credibility.setItemLabelGenerator(c -> c == null ? "ungraded" : c.number() + " " + c.label());
        credibility.setEmptySelectionAllowed(true);
        credibility.setEmptySelectionCaption("ungraded");
        add(source, 2);
        add(locator, credibility);
        add(quote, 2);
        add(claim);
    }

    void load(Citation citation) {
        loaded = true;
        // A citation of a source no longer listed still shows its id, so nothing is silently dropped.
        source.setValue(choices.find(citation.sourceId()).orElse(new Source(citation.sourceId(), "dataset",
                "(unknown source " + citation.sourceId() + ")", null, null, null, null, null, null)));
        locator.setValue(Fields.show(citation.locator()));
        quote.setValue(Fields.show(citation.quote()));
        credibility.setValue(citation.credibility());
        claim.setValue(citation.claim());
    }

    Optional<Citation> read(FormReader r, String prefix) {
        String sourceId = r.value(prefix + "sourceId", source, () -> {
            if (source.getValue() == null) {
                throw new IllegalArgumentException("source is missing: pick one or add a new one");
            }
            return source.getValue().id();
        });
        r.field(prefix + "locator", locator);
        r.field(prefix + "quote", quote);
        r.field(prefix + "credibility", credibility);
        if (!loaded && Fields.text(locator) == null && Fields.text(quote) == null) {
            r.refuse(prefix + "locator", "give a locator or a quote, so a reader can find the passage");
        }
        if (!loaded && credibility.getValue() == null) {
            r.refuse(prefix + "credibility", "credibility is missing (1-6)");
        }
        if (sourceId == null || !r.ok()) {
            return Optional.empty();
        }
        return r.build(prefix, Citation.class, () -> new Citation(sourceId, Fields.text(locator), Fields.text(quote),
                credibility.getValue(), claim.getValue()));
    }
}
