package org.influenceatlas.handout;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.References;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The printed handout: one A4 page per slide with its title, text, sources and map. */
@Service
public class BriefingHandout {

    private static final float MARGIN = 40;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private final CountryService countries;
    private final AlignmentService alignments;
    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final SourceService sources;
    private final ObjectMapper json;

    BriefingHandout(CountryService countries, AlignmentService alignments, PresenceService presences,
                    CorridorService corridors, EventService events, SourceService sources, ObjectMapper json) {
        this.countries = countries;
        this.alignments = alignments;
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.sources = sources;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Briefing briefing) {
        MapData data = MapData.of(countries.boundaries(), alignments.all(), presences.all(), corridors.all(), events.all(), json);
        Map<String, Source> catalogue = sources.catalogue();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            HandoutFonts fonts = HandoutFonts.embedIn(document);
            PDFont regular = fonts.regular();
            PDFont bold = fonts.bold();
            MapSketch sketch = new MapSketch(data, regular);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(PdfText.encodable(regular, briefing.title()));
            info.setAuthor(briefing.author() == null ? null : PdfText.encodable(regular, briefing.author()));
            for (int n = 1; n <= briefing.slides().size(); n++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    slide(content, briefing, n, sketch, catalogue, regular, bold);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void slide(PDPageContentStream page, Briefing briefing, int n, MapSketch sketch, Map<String, Source> catalogue,
                       PDFont regular, PDFont bold) throws IOException {
        Slide slide = briefing.slide(n);
        float width = PAGE.getWidth() - 2 * MARGIN;
        float y = PAGE.getHeight() - MARGIN;
        page.setNonStrokingColor(new Color(0x55, 0x55, 0x55));
        y = PdfText.write(page, regular, 9, MARGIN, y, List.of(PdfText.encodable(regular,
                briefing.title() + "  ·  slide " + n + " of " + briefing.slides().size())), MARGIN);
        page.setNonStrokingColor(Color.BLACK);
        y = PdfText.write(page, bold, 16, MARGIN, y - 4, PdfText.wrap(bold, 16, slide.title(), width), MARGIN);
        float mapHeight = (float) (width * MapSketch.SCREEN_HEIGHT / MapSketch.SCREEN_WIDTH);
        y -= 10 + mapHeight;
        sketch.draw(page, slide.map(), MARGIN, y, width, mapHeight);
        page.setNonStrokingColor(Color.BLACK);

        References refs = References.of(slide, ref -> "[" + ref.number() + "]");
        String text = PLAIN.render(MARKDOWN.parse(refs.text())).trim();
        y = PdfText.write(page, regular, 10.5f, MARGIN, y - 8, PdfText.wrap(regular, 10.5f, text, width), MARGIN + 60);
        y = PdfText.write(page, bold, 9, MARGIN, y - 6, List.of("Sources"), MARGIN);
        List<String> lines = new ArrayList<>();
        for (References.Reference ref : refs.list()) {
            Source s = catalogue.get(ref.sourceId());
            if (s == null) {
                continue;
            }
            String where = Stream.of(s.publisher(), s.date() == null ? null : s.date().toString(), ref.locator(),
                            s.url() != null ? s.url() : s.textHref() == null ? null : "bundled text (Influence Atlas " + s.textHref() + ")")
                    .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
            lines.addAll(PdfText.wrap(regular, 8, "[" + ref.number() + "] " + s.title() + ". " + where, width));
        }
        PdfText.write(page, regular, 8, MARGIN, y, lines, MARGIN - 10);
    }
}
