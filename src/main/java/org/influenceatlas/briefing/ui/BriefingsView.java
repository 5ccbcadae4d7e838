package org.influenceatlas.briefing.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingDocumentJson;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.ConcurrentEditException;
import org.influenceatlas.briefing.InvalidBriefingException;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.ui.AccountMenu;
import org.influenceatlas.account.Role;
import org.influenceatlas.briefing.UnreadableBriefing;
import org.influenceatlas.base.DatasetNotice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/** The list of briefings: title, summary, slide count and last update, each opening slide 1. */
@AnonymousAllowed
@Route("briefings")
@PageTitle("Briefings · Influence Atlas")
class BriefingsView extends Div {

    BriefingsView(BriefingService briefings, ObjectMapper json, Curators curators, DatasetNotice datasetNotice, AccountMenu accountMenu) {
        addClassName("atlas-briefings");
        Anchor create = new Anchor("briefings/" + EditorView.NEW + "/edit", "New briefing");
        create.setId("new-briefing");
        Div status = new Div();
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        // Creating and importing are for editors, like the editor view; the service checks again.
        boolean mayAuthor = curators.current().filter(c -> c.may(Role.EDITOR)).isPresent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String message = mayAuthor ? importJson(briefings, json, data) : "Not imported: sign in as an editor to import briefings";
            getUI().ifPresent(ui -> ui.access(() -> status.setText(message)));
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Import JSON…"));
        upload.setVisible(mayAuthor);
        create.setVisible(mayAuthor);
        add(new H1("Briefings"), new Div(new Anchor("", "Back to the map"), create, accountMenu), upload, status);
        if (mayAuthor) {
            // Authors are told what the atlas could not load, so they can fix it; readers just see what loaded.
            datasetNotice.current().ifPresent(n -> add(notice("dataset-notice", n.message(), n.problems())));
            List<UnreadableBriefing> unreadable = briefings.unreadable();
            if (!unreadable.isEmpty()) {
                add(notice("unreadable-briefings", unreadable.size() + " stored briefing(s) cannot be read and are left out:",
                        unreadable.stream().map(u -> u.slug() + ": " + u.problem()).toList()));
            }
        }
        for (Briefing b : briefings.visible()) {
            Div card = new Div();
            card.addClassName("atlas-briefing-card");
            H2 title = new H2(new Anchor("briefings/" + b.slug() + "/1", b.title()));
            Span meta = new Span((b.published() ? "" : "Draft (editors only) · ") + b.slides().size() + " slides · updated "
                    + b.updated() + " · data as of " + b.dataAsOf() + (b.author() == null ? "" : " · " + b.author())
                    + (b.owner() == null ? "" : " · owner " + b.owner()));
            meta.addClassName("atlas-meta");
            Div links = new Div(new Anchor("api/v1/briefings/" + b.slug() + ".pdf", "PDF handout"),
                    new Anchor("api/v1/briefings/" + b.slug(), "Export JSON"));
            if (mayAuthor) {
                links.addComponentAsFirst(new Anchor("briefings/" + b.slug() + "/edit", "Edit"));
            }
            links.addClassName("atlas-slide-buttons");
            card.add(title, new Paragraph(b.summary() == null ? "" : b.summary()), meta, links);
            add(card);
        }
    }

    private static Div notice(String id, String message, List<String> lines) {
        Div box = new Div(new Paragraph(message));
        box.setId(id);
        box.addClassName("atlas-notice");
        box.getElement().setAttribute("role", "alert");
        lines.stream().limit(20).forEach(line -> box.add(new Paragraph(line)));
        return box;
    }

    /** Imports a briefing document under the same checks as the API; the answer says what happened. */
    static String importJson(BriefingService briefings, ObjectMapper json, byte[] data) {
        try {
            Briefing saved = briefings.save(briefings.fromDocument(BriefingDocumentJson.read(json, data)));
            return "Imported '" + saved.title() + "' as /briefings/" + saved.slug() + ".";
        } catch (InvalidBriefingException | ConcurrentEditException | IllegalArgumentException
                 | org.springframework.security.access.AccessDeniedException e) {
            return "Not imported: " + e.getMessage();
        }
    }
}
