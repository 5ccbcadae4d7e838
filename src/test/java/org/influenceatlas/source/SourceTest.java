package org.influenceatlas.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceTest {

    @Test
    void a_bundled_file_outside_the_sources_folder_is_rejected() {
        assertThatThrownBy(() -> new Source("art", "article", "T", null, null, null, null, "../../etc/passwd", null))
                .hasMessageContaining("relative path below sources/");
        assertThatThrownBy(() -> new Source("art", "article", "T", null, null, null, null, "/etc/passwd", null))
                .hasMessageContaining("relative path below sources/");
    }

    @Test
    void a_source_links_to_its_page_or_else_to_its_bundled_text() {
        Source page = new Source("web", "web", "T", null, null, null, "https://example.org/a", null, null);
        Source bundled = new Source("art", "article", "T", null, null, null, null, "articles/a.txt", null);
        assertThat(page.href()).isEqualTo("https://example.org/a");
        assertThat(bundled.href()).isEqualTo("/api/v1/sources/art/text");
        assertThat(page.textHref()).isNull();
    }

    @Test
    void a_source_needs_a_page_or_a_bundled_text() {
        assertThatThrownBy(() -> new Source("web", "web", "T", null, null, null, null, null, null))
                .hasMessageContaining("needs a url or a bundled file");
    }
}
