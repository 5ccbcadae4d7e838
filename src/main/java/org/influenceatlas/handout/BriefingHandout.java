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
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.References;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.country.Places;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Grade;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LayerRegistry layers;
    private final SourceService sources;
    private final ObjectMapper json;
    private final org.influenceatlas.briefing.BriefingService briefings;
    private final Places places;

    /** The atlas's public address, so that references on paper are addresses a reader can type. */
    private final String publicUrl;

    /** The most pages a handout has: the cover and one a slide, at most {@link Briefing#MAX_SLIDES}. */
    public static final int MAX_PAGES = Briefing.MAX_SLIDES + 1;

    /**
     * Handouts drawn at once. A handout is CPU and memory heavy (maps drawn in vector), so a few
     * requests must not take the server: past this many, a request is refused at once (503), not queued.
     */
    private final java.util.concurrent.Semaphore slots;
    private final int slotCount;

    BriefingHandout(CountryService countries, LayerRegistry layers, SourceService sources, ObjectMapper json, Places places,
                    org.influenceatlas.briefing.BriefingService briefings,
                    @Value("${atlas.public-url:http://localhost:8080}") String publicUrl,
                    @Value("${atlas.handout.concurrency:2}") int concurrency) {
        this.briefings = briefings;
        if (concurrency < 1) {
            throw new IllegalArgumentException("atlas.handout.concurrency must be at least 1, not " + concurrency);
        }
        this.places = places;
        this.slotCount = concurrency;
        this.slots = new java.util.concurrent.Semaphore(concurrency);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.countries = countries;
        this.layers = layers;
        this.sources = sources;
        this.json = json;
    }

    /** What the map of a slide draws, feature by feature, as the handout draws it (for comparing with the screen). */
    @Transactional(readOnly = true)
    public List<String> drawnOn(MapState map) {
        try {
            return new MapSketch(MapData.of(countries.boundaries(), places.all(), json), layers, null).plan(map).drawn().stream()
                    .map(d -> d.layer() + ":" + d.id() + "=" + d.symbol()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The handout as PDF bytes.
     *
     * @throws HandoutBusyException when {@code atlas.handout.concurrency} handouts are being drawn already
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Briefing briefing) {
        if (briefing.slides().size() + 1 > MAX_PAGES) {
            throw new IllegalArgumentException("slides: a handout has at most " + MAX_PAGES + " pages");
        }
        if (!slots.tryAcquire()) {
            throw new HandoutBusyException(slotCount);
        }
        try {
            return draw(briefing);
        } finally {
            slots.release();
        }
    }

    private byte[] draw(Briefing briefing) {
        MapData data = MapData.of(countries.boundaries(), places.all(), json);
        Map<String, Source> catalogue = sources.catalogue();
        Map<String, List<Citation>> citations = sources.citationsByFact();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            HandoutFonts fonts = HandoutFonts.embedIn(document);
            PDFont regular = fonts.regular();
            PDFont bold = fonts.bold();
            MapSketch sketch = new MapSketch(data, layers, regular);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(PdfText.encodable(regular, briefing.title()));
            info.setAuthor(briefing.author() == null ? null : PdfText.encodable(regular, briefing.author()));
            int pages = briefing.slides().size() + 1;
            PDPage cover = new PDPage(PAGE);
            document.addPage(cover);
            try (PDPageContentStream content = new PDPageContentStream(document, cover)) {
                cover(content, briefing, regular, bold);
                pageNumber(content, regular, 1, pages);
            }
            for (int n = 1; n <= briefing.slides().size(); n++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    slide(content, briefing, n, sketch, catalogue, citations, regular, bold);
                    pageNumber(content, regular, n + 1, pages);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cover: title, summary, author, the briefing's date, and the date its data was checked up to. */
    private void cover(PDPageContentStream page, Briefing briefing, PDFont regular, PDFont bold) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float y = PAGE.getHeight() - 3 * MARGIN;
        page.setNonStrokingColor(new Color(0x55, 0x55, 0x55));
        y = PdfText.write(page, regular, 11, MARGIN, y, List.of("Influence Atlas briefing"), MARGIN);
        page.setNonStrokingColor(Color.BLACK);
        y = PdfText.write(page, bold, 24, MARGIN, y - 8, PdfText.wrap(bold, 24, briefing.title(), width), MARGIN);
        if (briefing.summary() != null) {
            y = PdfText.write(page, regular, 13, MARGIN, y - 12, PdfText.wrap(regular, 13, briefing.summary(), width), MARGIN);
        }
        List<String> facts = new ArrayList<>();
        if (briefing.author() != null) {
            facts.add("Author: " + briefing.author());
        }
        facts.add("Date: " + briefing.updated());
        facts.add("Data checked up to: " + briefings.dataCheckedTo(briefing));
        facts.add("References graded on the Admiralty scale: source reliability A (completely reliable) to F "
                + "(cannot be judged), credibility 1 (confirmed) to 6 (cannot be judged); \"claim\" marks a party's own claim");
        if (briefing.knownOn() != null) {
            facts.add("Maps as the atlas knew them on: " + briefing.knownOn().toString().replace('T', ' ').replace("Z", " UTC"));
        }
        facts.add(briefing.slides().size() + " slides, each with its map and its sources");
        facts.add("Online: " + publicUrl + "/briefings/" + briefing.slug());
        List<String> lines = new ArrayList<>();
        facts.forEach(f -> lines.addAll(PdfText.wrap(regular, 11, f, width)));
        PdfText.write(page, regular, 11, MARGIN, y - 24, lines, MARGIN);
    }

    /**
     * A reference's grade, in brackets before its title: the full grade ("B2") where a fact cites the
     * same source at the same place (its credibility graded there), else the source's reliability
     * alone ("B"); "claim" where that citation is a party's own claim. Empty for an ungraded source.
     */
    static String gradeOf(Source source, References.Reference ref, Map<String, List<Citation>> citations) {
        if (source.reliability() == null) {
            return "";
        }
        Optional<Citation> graded = citations.values().stream().flatMap(List::stream)
                .filter(c -> c.sourceId().equals(source.id()) && c.credibility() != null)
                .filter(c -> ref.locator() == null ? c.locator() == null : ref.locator().equals(c.locator()))
                .min(java.util.Comparator.comparing(Citation::credibility));
        String grade = graded.flatMap(c -> c.grade(source)).map(Grade::toString).orElse(source.reliability().code());
        return "(" + grade + (graded.filter(Citation::claim).isPresent() ? ", claim" : "") + ") ";
    }

    private static void pageNumber(PDPageContentStream page, PDFont regular, int n, int of) throws IOException {
        String text = "Page " + n + " of " + of;
        page.setNonStrokingColor(new Color(0x55, 0x55, 0x55));
        page.beginText();
        page.setFont(regular, 8);
        page.newLineAtOffset(PAGE.getWidth() - MARGIN - PdfText.width(regular, 8, text), MARGIN / 2);
        page.showText(text);
        page.endText();
        page.setNonStrokingColor(Color.BLACK);
    }

    private void slide(PDPageContentStream page, Briefing briefing, int n, MapSketch sketch, Map<String, Source> catalogue,
                       Map<String, List<Citation>> citations, PDFont regular, PDFont bold) throws IOException {
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
        MapSketch.Sketch drawn = sketch.draw(page, slide.map(), MARGIN, y, width, mapHeight);
        // The legend lists what this map shows, beneath it, so it hides nothing of the map.
        y -= 4 + sketch.legend(page, drawn.legend(), MARGIN, y - 2, width);
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
                            s.url() != null ? s.url() : s.textHref() == null ? null : "bundled text: " + publicUrl + s.textHref())
                    .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
            lines.addAll(PdfText.wrap(regular, 8, "[" + ref.number() + "] " + gradeOf(s, ref, citations) + s.title() + ". "
                    + where, width));
        }
        PdfText.write(page, regular, 8, MARGIN, y, lines, MARGIN);
    }
}
