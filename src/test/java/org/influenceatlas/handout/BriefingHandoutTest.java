package org.influenceatlas.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class BriefingHandoutTest {

    @Autowired
    BriefingHandout handout;
    @Autowired
    BriefingService briefings;
    @Autowired
    org.influenceatlas.source.SourceService sources;

    @Test
    void the_handout_has_a_cover_and_one_numbered_page_per_slide_with_its_title_text_sources_and_map_date() throws Exception {
        Briefing briefing = briefings.find("syria-2015-2024").orElseThrow();
        byte[] pdf = handout.pdf(briefing);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "handout-syria-2015-2024.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = briefing.slides().size() + 1;
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(cover).contains(firstWords(briefing.title())).contains("Data checked up to: " + briefings.dataCheckedTo(briefing))
                    .contains("Page 1 of " + pages);
            for (int n = 1; n <= briefing.slides().size(); n++) {
                stripper.setStartPage(n + 1);
                stripper.setEndPage(n + 1);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("page " + (n + 1)).contains("Page " + (n + 1) + " of " + pages);
                assertThat(text).as("references print absolute addresses, not /api paths").doesNotContain(" /api/v1/");
                assertThat(text).as("page " + n).contains("slide " + n + " of " + briefing.slides().size());
                assertThat(text).as("page " + n).contains(firstWords(briefing.slide(n).title()));
                assertThat(text).as("page " + n).contains("Map as of " + briefing.slide(n).map().asOf());
                assertThat(text).as("page " + n).contains("Sources").contains("[1]");
            }
        }
    }

    @Test
    void every_bundled_briefing_exports_without_error() throws Exception {
        for (Briefing briefing : briefings.all()) {
            try (PDDocument document = Loader.loadPDF(handout.pdf(briefing))) {
                assertThat(document.getNumberOfPages()).as(briefing.slug()).isEqualTo(briefing.slides().size() + 1);
            }
        }
    }

    @Test
    void cyrillic_and_the_azerbaijani_schwa_print_as_written() throws Exception {
        Briefing b = briefings.find("syria-2015-2024").orElseThrow();
        String title = "Xankəndi / Ханкенди: after the withdrawal";
        Briefing named = new Briefing(b.slug(), title, b.summary(), "Лейла Əliyeva", b.created(), b.updated(),
                b.dataAsOf(), b.bundled(), b.version(), b.slides());

        try (PDDocument document = Loader.loadPDF(handout.pdf(named))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Лейла Əliyeva");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Xankəndi / Ханкенди").doesNotContain("?/?");
        }
    }

    @Test
    void a_slide_map_names_its_places_and_its_legend_uses_human_labels_for_only_what_it_shows() throws Exception {
        Briefing briefing = briefings.find("syria-2015-2024").orElseThrow();
        try (PDDocument document = Loader.loadPDF(handout.pdf(briefing))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).as("country labels on a Syria map").contains("Syria").contains("Turkey");
            assertThat(text).as("capitals from the gazetteer, as on screen").contains("Damascus");
            assertThat(text).as("no raw ids in the legend").doesNotContain("presence: RUS").doesNotContain("stance close")
                    .doesNotContain("close-partner").doesNotContain("EUU");
            assertThat(text).contains("Military presence: Russia");
        }
    }

    @Test
    void the_cover_never_claims_data_newer_than_the_layers_were_checked_to() throws Exception {
        Briefing b = briefings.find("syria-2015-2024").orElseThrow();
        Briefing later = new Briefing(b.slug(), b.title(), b.summary(), b.author(), b.created(), b.updated(),
                java.time.LocalDate.of(2099, 1, 1), b.bundled(), b.version(), b.slides());
        java.util.Set<String> shown = new java.util.TreeSet<>();
        b.slides().forEach(s -> shown.addAll(s.map().layers()));
        java.time.LocalDate checked = org.influenceatlas.source.LayerCheck.earliest(sources.layerChecks(), shown).orElseThrow();

        try (PDDocument document = Loader.loadPDF(handout.pdf(later))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Data checked up to: " + checked).doesNotContain("2099-01-01");
        }
    }

    @Test
    void every_reference_on_a_slide_page_carries_its_grade() throws Exception {
        Briefing briefing = briefings.find("syria-2015-2024").orElseThrow();
        try (PDDocument document = Loader.loadPDF(handout.pdf(briefing))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = stripper.getText(document);
            assertThat(text).containsPattern("\\[1\\] \\([A-F][1-6]?(, claim)?\\) ");
        }
    }

    private static String firstWords(String title) {
        String[] words = title.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }

    @Test
    void a_slides_grade_filter_plays_facts_down_on_paper_as_on_screen() {
        org.influenceatlas.layer.MapState all = org.influenceatlas.layer.MapState.initial(java.time.LocalDate.of(2022, 1, 1),
                java.util.List.of("military-presence", "corridors", "events")).withView(new org.influenceatlas.layer.MapView(42, 45, 5));
        java.util.function.Function<org.influenceatlas.layer.GradeFilter.Below, org.influenceatlas.layer.MapState> filtered = below ->
                all.withGradeFilter(java.util.Optional.of(new org.influenceatlas.layer.GradeFilter(
                        org.influenceatlas.source.Grade.parse("A1"), below)));

        java.util.List<String> full = handout.drawnOn(all);
        java.util.List<String> hidden = handout.drawnOn(filtered.apply(org.influenceatlas.layer.GradeFilter.Below.HIDE));
        java.util.List<String> faint = handout.drawnOn(filtered.apply(org.influenceatlas.layer.GradeFilter.Below.FAINT));

        // Hidden: fewer facts, each drawn as without the filter; faint: the same facts with the same symbols
        // (the key leaves the opacity out, as the screen's data-symbol does).
        assertThat(hidden).isNotEmpty().hasSizeLessThan(full.size());
        assertThat(full).containsAll(hidden);
        assertThat(faint).containsExactlyElementsOf(full);
    }
}
