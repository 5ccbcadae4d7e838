package org.influenceatlas.briefing.ui;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.Nasty;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.source.Source;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Briefing Markdown: whatever a slide holds is refused naming its field, or renders inert (no script, no handler, no foreign image). */
class SlideTextProperties {

    private static final MapState MAP = new MapState(LocalDate.of(2015, 10, 1), Set.of(), Optional.empty(),
            Optional.of(new MapView(35, 36, 6)), Optional.empty());
    private static final Map<String, Source> CATALOGUE = Map.of(
            "art", new Source("art", "article", "An article", "TIME", null, PartialDate.parse("2015-10"), null, "articles/a.txt", null),
            "web", new Source("web", "web", "A page", "Example", null, null, "https://example.org/p", null, null));
    private static final Pattern IMG = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]*)\"");

    @Property(tries = 400)
    void a_slide_is_refused_naming_its_field_or_renders_inert(@ForAll("titles") String title, @ForAll("bodies") String body) {
        Slide slide;
        try {
            slide = new Slide(title, body, MAP);
        } catch (InvalidField e) {
            assertThat(e.field()).isIn("title", "body", "map");
            return;
        }
        String html = new SlideText(slide, CATALOGUE).html().toLowerCase(java.util.Locale.ROOT);
        String tags = html.replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(tags).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+=");
        assertThat(html).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("href=\"javascript:");
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            assertThat(img.group(1)).matches("https://.*|[^:/][^:]*|/[^/].*");
        }
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(Nasty.text(), Arbitraries.just("A title"));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> markup = Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
                "![p](http://tracker.example/p.gif)", "![p](//tracker.example/p.gif)", "![p](https://example.org/p.png)",
                "![p](/icons/favicon.svg)", "<a href=\"javascript:x\">y</a>", "<iframe src=//e.example>", "[@art line 3]", "[@web]",
                "**bold**", "\n\n", "<svg onload=alert(1)>", "[a](data:text/html;base64,PHNjcmlwdD4=)");
        return Arbitraries.oneOf(markup, Nasty.text()).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join(" ", parts) + " [@art]");
    }
}
