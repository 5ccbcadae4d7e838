package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.source.Reliability;
import org.influenceatlas.source.Source;

import java.util.Optional;

/**
 * A source: what it is, who published and wrote it, when, where to find it, and its Admiralty
 * reliability grade A-F with the reason. A field known to be unknown is written down with why,
 * so a blank is a recorded fact about the page.
 */
class SourceForm extends FactForm<Source> {

    final TextField kind = Fields.line("Kind (web, article, report, dataset…)");
    final TextField title = Fields.line("Title");
    final TextField publisher = Fields.line("Publisher");
    final TextField author = Fields.line("Author");
    final TextField date = Fields.date("Date");
    final TextField url = Fields.line("URL");
    final TextField file = Fields.line("Bundled file (below sources/)");
    final Select<Reliability> reliability = new Select<>();
    final TextField reliabilityReason = Fields.line("Why this grade");
    final TextArea unknown = Fields.area("Known to be unknown (one 'field: why' a line)");
    final TextArea notes = Fields.area("Notes");
    /** The unsourced marker and a source still ungraded in a report-mode dataset may stay so; a new one may not. */
    private boolean mayStayUngraded;

    SourceForm() {
        id.setHelperText("Lower-case letters, digits and hyphens; fixed once created");
        reliability.setLabel("Reliability");
        reliability.setItems(Reliability.values());
        reliability.setItemLabelGenerator(g -> g == null ? "ungraded" : g.code() + " " + g.label());
        file.setHelperText("Set by the dataset for texts it ships; a new source points to its URL");
        unknown.setHelperText("Fields: " + String.join(", ", Source.MAY_BE_UNKNOWN));
        layout.add(kind);
        add(title, 2);
        layout.add(publisher, author, date, url, file, reliability);
        add(reliabilityReason, 2);
        add(unknown, 2);
        add(notes, 2);
    }

    @Override
    FactType type() {
        return FactType.SOURCE;
    }

    @Override
    String idOf(Source fact) {
        return fact.id();
    }

    @Override
    String nameOf(Source fact) {
        return fact.title();
    }

    @Override
    void fill(Source s) {
        mayStayUngraded = s.reliability() == null;
        kind.setValue(Fields.show(s.kind()));
        title.setValue(s.title());
        publisher.setValue(Fields.show(s.publisher()));
        author.setValue(Fields.show(s.author()));
        date.setValue(Fields.show(s.date()));
        url.setValue(Fields.show(s.url()));
        file.setValue(Fields.show(s.file()));
        reliability.setValue(s.reliability());
        reliabilityReason.setValue(Fields.show(s.reliabilityReason()));
        unknown.setValue(s.unknown() == null ? "" : String.join("\n", s.unknown().split("\\|")));
        notes.setValue(Fields.show(s.notes()));
    }

    @Override
    Optional<Source> readFact(FormReader r) {
        r.field("kind", kind);
        r.field("title", title);
        r.field("publisher", publisher);
        r.field("author", author);
        r.field("url", url);
        r.field("file", file);
        r.field("reliabilityReason", reliabilityReason);
        r.field("unknown", unknown);
        r.field("notes", notes);
        PartialDate day = r.value("date", date, () -> Fields.optionalDate(date));
        Reliability grade = r.value("reliability", reliability,
                () -> mayStayUngraded ? reliability.getValue() : Fields.required(reliability, "reliability (A-F)"));
        if (grade != null && Fields.text(reliabilityReason) == null) {
            r.refuse("reliabilityReason", "say in a line why the source earns " + grade.code());
        }
        if (!r.ok()) {
            return Optional.empty();
        }
        String unknownText = Fields.lines(unknown).isEmpty() ? null : String.join("|", Fields.lines(unknown));
        return r.build("", Source.class, () -> new Source(idText(), Fields.text(kind), Fields.text(title), Fields.text(publisher),
                Fields.text(author), day, Fields.text(url), Fields.text(file), Fields.text(notes), grade,
                Fields.text(reliabilityReason), unknownText));
    }
}
