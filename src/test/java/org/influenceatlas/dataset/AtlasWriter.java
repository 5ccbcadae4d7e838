package org.influenceatlas.dataset;

import org.influenceatlas.Application;
import org.influenceatlas.base.History;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process of {@link DurabilityTest} running the application itself on an H2 file:
 * {@code briefing} saves the fixture's briefing again and again through the editor's save
 * ({@link BriefingService#save(Briefing)}), {@code import} imports two datasets in turn, each
 * printing a number only after its transaction committed; {@code read} starts the app on what a
 * kill left and prints the briefing's version as the history records it, and the dataset loaded.
 */
public final class AtlasWriter {

    static final String SLUG = "test-briefing";

    private AtlasWriter() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        SpringApplication app = new SpringApplication(Application.class);
        // Vaadin needs a web context, so the child runs the whole app, on a free port nobody calls.
        // Reading what a kill left must not import over it first.
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--atlas.db.path=" + args[1], "--atlas.data.dir=" + args[2],
                "--logging.level.root=warn", "--spring.main.banner-mode=off",
                "--atlas.data.import-on-start=" + !mode.equals("read"))) {
            BriefingService briefings = context.getBean(BriefingService.class);
            DatasetImporter importer = context.getBean(DatasetImporter.class);
            switch (mode) {
                case "briefing" -> {
                    // The editor's save is an editor's: act as one, as a signed-in session would.
                    org.influenceatlas.account.SignIn.as("durability-editor", org.influenceatlas.account.Role.EDITOR);
                    out.println("ready");
                    out.flush();
                    for (int n = 1; ; n++) {
                        Briefing b = briefings.find(SLUG).orElseThrow();
                        briefings.save(new Briefing(b.slug(), "Saved " + n, b.summary(), b.author(), b.created(), b.updated(),
                                b.dataAsOf(), b.bundled(), b.version(), b.slides()));
                        out.println(n);
                        out.flush();
                    }
                }
                case "import" -> {
                    out.println("ready");
                    out.flush();
                    for (int n = 1; ; n++) {
                        importer.importAll(Path.of(n % 2 == 0 ? args[2] : args[3]));
                        out.println(n);
                        out.flush();
                    }
                }
                default -> {
                    int version = context.getBean(History.class).of("briefing", SLUG).stream()
                            .mapToInt(r -> r.version()).max().orElse(0);
                    out.println("version=" + version);
                    out.println("dataset=" + importer.currentVersion().orElse("none"));
                    out.println("briefings=" + briefings.all().size());
                    out.flush();
                }
            }
        }
    }
}
