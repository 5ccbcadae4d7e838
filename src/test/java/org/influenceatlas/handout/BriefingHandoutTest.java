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

    @Test
    void the_handout_has_one_page_per_slide_with_its_title_text_sources_and_map_date() throws Exception {
        Briefing briefing = briefings.find("syria-2015-2024").orElseThrow();
        byte[] pdf = handout.pdf(briefing);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "handout-syria-2015-2024.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(briefing.slides().size());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= briefing.slides().size(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
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
                assertThat(document.getNumberOfPages()).as(briefing.slug()).isEqualTo(briefing.slides().size());
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

    private static String firstWords(String title) {
        String[] words = title.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }
}
