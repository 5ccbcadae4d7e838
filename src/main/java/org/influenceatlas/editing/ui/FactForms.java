package org.influenceatlas.editing.ui;

/** The form for each kind of fact. */
final class FactForms {

    private FactForms() {
    }

    static FactForm<?> create(FactType type, FormContext context) {
        return switch (type) {
            case PRESENCE -> new PresenceForm(context);
            case CORRIDOR -> new CorridorForm(context);
            case ORGANISATION -> new OrganisationForm(context);
            case MEMBERSHIP -> new MembershipForm(context);
            case STANCE -> new StanceForm(context);
            case EVENT -> new EventForm(context);
            case COUNTRY -> new CountryForm(context);
            case SOURCE -> new SourceForm();
        };
    }
}
