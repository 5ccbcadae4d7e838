package org.influenceatlas.dataset;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dataset travels inside the jar (the build copies data/ to {@code atlas-dataset/} on the
 * classpath), so {@code java -jar influence-atlas.jar} starts with the full data and the
 * briefings from any folder. When {@code atlas.data.dir} is not set, this copies the bundled
 * files to a fresh temporary folder at start and points {@code atlas.data.dir} there, so the
 * importer, the source texts and the export read one folder as before. The dataset's version
 * is a hash of the files' names and bytes, so the copy has the same version as data/ itself
 * and is not imported again on every start. Setting {@code atlas.data.dir} (ATLAS_DATA) uses
 * that folder instead, as an operator editing the data would.
 */
public class BundledDataset implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "atlas.data.dir";
    static final String CLASSPATH_FOLDER = "atlas-dataset";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return;
        }
        ClassLoader loader = application.getClassLoader() == null ? BundledDataset.class.getClassLoader()
                : application.getClassLoader();
        Path folder = extract(loader);
        environment.getPropertySources().addFirst(new MapPropertySource("bundled-dataset",
                Map.of(PROPERTY, folder == null ? "data" : folder.toString())));
    }

    /** Copies the classpath's bundled dataset to a new temporary folder; null when the classpath has none. */
    static Path extract(ClassLoader loader) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + CLASSPATH_FOLDER + "/**");
            Path target = null;
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + CLASSPATH_FOLDER + "/");
                if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                String relative = url.substring(at + CLASSPATH_FOLDER.length() + 2);
                if (relative.isEmpty() || relative.contains("..")) {
                    continue;
                }
                if (target == null) {
                    target = Files.createTempDirectory("influence-atlas-dataset-");
                    deleteOnExit(target);
                }
                Path file = target.resolve(java.net.URLDecoder.decode(relative, java.nio.charset.StandardCharsets.UTF_8)).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled dataset out of the jar", e);
        }
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A temporary folder left behind is harmless.
            }
        }, "bundled-dataset-cleanup"));
    }

    @Override
    public int getOrder() {
        // After application.properties has been read, so a configured folder is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
