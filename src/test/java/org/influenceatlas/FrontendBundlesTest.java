package org.influenceatlas;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed front-end bundles spare a clean machine the npm build. A bundle cut short (its
 * build was stopped half-way, then committed) makes Vaadin fail to unpack it and rebuild in the
 * background while the tests already run, which shows up as unrelated failures: this says it
 * plainly instead.
 */
class FrontendBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void the_committed_bundle_is_a_whole_archive_with_the_built_front_end(String bundle) throws Exception {
        String rebuild = bundle + ": rebuild it as the README says under 'Test it'";
        try (ZipFile zip = new ZipFile(Path.of("src", "main", "bundles", bundle).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).as(rebuild)
                    .anyMatch(name -> name.equals("config/stats.json"))
                    .anyMatch(name -> name.contains("VAADIN/build/") && name.contains(".js"));
        } catch (ZipException e) {
            fail(rebuild + " (" + e.getMessage() + ")", e);
        }
    }
}
