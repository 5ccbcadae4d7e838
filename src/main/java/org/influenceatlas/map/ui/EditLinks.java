package org.influenceatlas.map.ui;

import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.corridor.CorridorLayer;
import org.influenceatlas.event.EventLayer;
import org.influenceatlas.layer.Card;
import org.influenceatlas.layer.Selection;
import org.influenceatlas.presence.PresenceLayer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the selected fact is edited: the address of its form ({@code edit/<type>/<id>}, the
 * editing UI's routes, named here by address so the map does not depend on the editing UI), and
 * what the signed-in curator may do there. For a country, its memberships and stances too.
 */
@Component
class EditLinks {

    enum Offer {
        /** An editor: "Edit". */
        EDIT,
        /** A signed-in reader: "Propose a correction". */
        PROPOSE,
        /** Nobody signed in: a link to sign in. */
        SIGN_IN
    }

    record Link(String label, String href) {
    }

    private final Curators curators;
    private final AlignmentService alignments;

    EditLinks(Curators curators, AlignmentService alignments) {
        this.curators = curators;
        this.alignments = alignments;
    }

    Offer offer() {
        return curators.current().map(c -> c.may(Role.EDITOR) ? Offer.EDIT : Offer.PROPOSE).orElse(Offer.SIGN_IN);
    }

    /** The form of the selected fact itself, if it is one a curator edits. */
    Optional<String> formOf(Selection selection, boolean isCountry) {
        String type = switch (selection.layer()) {
            case PresenceLayer.ID -> "presence";
            case CorridorLayer.ID -> "corridor";
            case EventLayer.ID -> "event";
            case Card.COUNTRY_LAYER -> isCountry ? "country" : "organisation";
            default -> null;
        };
        return Optional.ofNullable(type).map(t -> "edit/" + t + "/" + selection.id());
    }

    /** A country's memberships and stances, each with its form. */
    List<Link> partsOf(CountryCode country) {
        List<Link> links = new ArrayList<>();
        alignments.all().stream().filter(a -> a.country().equals(country)).findFirst().ifPresent((Alignment a) -> {
            a.memberships().forEach(m -> links.add(new Link(m.organisation() + " " + m.relation().name().toLowerCase(java.util.Locale.ROOT)
                    + " from " + m.period().from(), "edit/membership/" + m.id())));
            a.stances().forEach(s -> links.add(new Link("Stance since " + s.since(), "edit/stance/" + s.id())));
        });
        return links;
    }
}
