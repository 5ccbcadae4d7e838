package org.influenceatlas.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.layer.Card;
import org.influenceatlas.layer.Selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The side panel: what is selected, on the chosen date, with its history and sources. The
 * content comes from {@link Details}, which knows the domain; this class only lays it out and
 * turns links into selection requests.
 */
class DetailsPanel extends Div {

    private final Details details;
    private final EditLinks edits;
    private final List<Consumer<Selection>> selectListeners = new ArrayList<>();

    DetailsPanel(Details details, EditLinks edits) {
        this.details = details;
        this.edits = edits;
        addClassName("atlas-details");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Details");
        showIntro();
    }

    Registration addSelectListener(Consumer<Selection> listener) {
        selectListeners.add(listener);
        return () -> selectListeners.remove(listener);
    }

    void show(Optional<Selection> selection, LocalDate day) {
        removeAll();
        if (selection.isEmpty()) {
            showIntro();
            return;
        }
        Optional<Card> card = details.card(selection.get(), day);
        if (card.isEmpty()) {
            add(new H2("Not found"), new Paragraph("Nothing in the dataset has the id " + selection.get().id() + "."));
            return;
        }
        Card c = card.get();
        H2 title = new H2(c.title());
        title.setId("details-title");
        FactList facts = new FactList();
        c.facts().forEach(f -> facts.row(f.label(), f.value()));
        add(title);
        editActions(selection.get()).ifPresent(this::add);
        add(facts);
        for (Card.Section section : c.sections()) {
            add(new H3(section.title()));
            if (section.links().isEmpty() && section.lines().isEmpty()) {
                add(new Paragraph("None recorded."));
            }
            if (!section.lines().isEmpty()) {
                Div lines = new Div();
                section.lines().forEach(line -> lines.add(new Paragraph(line)));
                add(lines);
            }
            if (!section.links().isEmpty()) {
                UnorderedList list = new UnorderedList();
                section.links().forEach(link -> list.add(new ListItem(linkButton(link))));
                add(list);
            }
        }
        add(new SourceList(c.citations(), details.catalogue()));
    }

    /**
     * "Edit" for editors, "Propose a correction" for signed-in readers, a sign-in link for others;
     * for a country, its memberships and stances each open their own form.
     */
    private Optional<Component> editActions(Selection selection) {
        Optional<CountryCode> country = details.countryOf(selection);
        Optional<String> form = edits.formOf(selection, country.isPresent());
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Div actions = new Div();
        actions.addClassName("atlas-edit-links");
        EditLinks.Offer offer = edits.offer();
        if (offer == EditLinks.Offer.SIGN_IN) {
            Anchor signIn = new Anchor("login", "Sign in to propose a correction");
            signIn.setId("details-sign-in");
            actions.add(signIn);
            return Optional.of(actions);
        }
        Anchor edit = new Anchor(form.get(), offer == EditLinks.Offer.EDIT ? "Edit" : "Propose a correction");
        edit.setId("details-edit");
        actions.add(edit);
        country.ifPresent(code -> {
            List<EditLinks.Link> parts = edits.partsOf(code);
            if (!parts.isEmpty()) {
                UnorderedList list = new UnorderedList();
                parts.forEach(p -> list.add(new ListItem(new Anchor(p.href(), p.label()))));
                var more = new com.vaadin.flow.component.details.Details(offer == EditLinks.Offer.EDIT ? "Edit its memberships and stances"
                        : "Propose a correction to its memberships and stances", list);
                more.setId("details-edit-parts");
                actions.add(more);
            }
            if (offer == EditLinks.Offer.EDIT) {
                actions.add(new Anchor("edit/membership/new", "New membership"), new Anchor("edit/stance/new", "New stance"));
            }
        });
        return Optional.of(actions);
    }

    private Component linkButton(Card.Link link) {
        Button button = new Button(link.label(), e -> selectListeners.forEach(l -> l.accept(new Selection(link.layer(), link.id()))));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("atlas-link");
        if (link.ended()) {
            // Ended on the date shown: marked, so it cannot read as current.
            button.addClassName("atlas-ended");
        }
        return button;
    }

    private void showIntro() {
        add(new H2("Influence Atlas"),
                new Paragraph("Russia's military presence, the corridors that run through or around it, and who is "
                        + "aligned with whom, from 2008 to today. Every fact is dated and sourced."),
                new Paragraph("Move the date, switch layers, or click a country, base, corridor or event for its "
                        + "history and sources. The address bar always holds a link to this exact view."));
    }
}
