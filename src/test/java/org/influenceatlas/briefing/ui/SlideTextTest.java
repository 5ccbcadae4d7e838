package org.influenceatlas.briefing.ui;

import org.influenceatlas.base.PartialDate;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.source.Source;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlideTextTest {

    private static final MapState MAP = new MapState(LocalDate.of(2015, 10, 1), java.util.Set.of(), java.util.Optional.empty(),
            java.util.Optional.of(new MapView(35, 36, 6)), java.util.Optional.empty());
    private static final Map<String, Source> CATALOGUE = Map.of(
            "art", new Source("art", "article", "An article", "TIME", null, PartialDate.parse("2015-10"), null,
                    "articles/a.txt", null),
            "web", new Source("web", "web", "A page", "Example", null, null, "https://example.org/p", null, null));

    @Test
    void citations_become_numbered_links_and_a_reference_list() {
        SlideText text = new SlideText(new Slide("T", "First [@art line 3], then [@web], again [@art line 3].", MAP), CATALOGUE);
        assertThat(text.html()).contains(">[1]</a>", ">[2]</a>").doesNotContain("[@");
        assertThat(text.html()).contains("href=\"/api/v1/sources/art/text\"", "href=\"https://example.org/p\"");
        assertThat(text.references()).extracting(SlideText.Reference::number, r -> r.source().id(), SlideText.Reference::locator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "art", "line 3"),
                        org.assertj.core.groups.Tuple.tuple(2, "web", null));
    }

    @Test
    void markup_in_the_text_is_escaped_and_script_links_dropped() {
        SlideText text = new SlideText(new Slide("T", "<script>alert(1)</script>\n\n[x](javascript:alert) [@web]", MAP), CATALOGUE);
        assertThat(text.html()).doesNotContain("<script>").doesNotContain("href=\"javascript").contains(">x</a>");
        assertThat(text.html()).contains("&lt;script&gt;");
    }

    @Test
    void markdown_emphasis_is_rendered() {
        SlideText text = new SlideText(new Slide("T", "Russia's **pivotal** role [@web]", MAP), CATALOGUE);
        assertThat(text.html()).contains("<strong>pivotal</strong>");
    }
}
