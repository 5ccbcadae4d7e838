package org.influenceatlas.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * There is no default password. The first admin comes from {@code ATLAS_ADMIN_USER} and
 * {@code ATLAS_ADMIN_PASSWORD} when there is no account yet, or from the command
 * {@code --atlas.create-admin=NAME} (password from {@code ATLAS_ADMIN_PASSWORD}, else asked on
 * the terminal or read as one line of standard input), which creates the admin and exits.
 * A password the policy refuses stops the start with the reason: nothing half-configured runs.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String COMMAND = "atlas.create-admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    FirstAdmin(Accounts accounts, Environment environment, ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(COMMAND)) {
            int code = command(args.getOptionValues(COMMAND).stream().findFirst().orElse(""));
            System.exit(SpringApplication.exit(context, () -> code));
            return;
        }
        String user = environment.getProperty("ATLAS_ADMIN_USER");
        String password = environment.getProperty("ATLAS_ADMIN_PASSWORD");
        if (accounts.none() && user != null && !user.isBlank()) {
            if (password == null) {
                throw new IllegalStateException("ATLAS_ADMIN_USER is set but ATLAS_ADMIN_PASSWORD is not: no admin created");
            }
            try {
                accounts.createFirstAdmin(user, password);
                log.info("Created the first admin '{}' from ATLAS_ADMIN_USER; unset ATLAS_ADMIN_PASSWORD now.", Accounts.normalise(user));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("ATLAS_ADMIN_USER/ATLAS_ADMIN_PASSWORD: " + e.getMessage(), e);
            }
        } else if (accounts.none()) {
            log.warn("No accounts yet, so nobody can edit: set ATLAS_ADMIN_USER and ATLAS_ADMIN_PASSWORD, or run the jar with"
                    + " --{}=NAME (README, \"First admin\").", COMMAND);
        }
    }

    /** Creates the named admin; 0 when done, 2 when refused (the reason on standard error). */
    int command(String name) {
        String password = environment.getProperty("ATLAS_ADMIN_PASSWORD");
        if (password == null) {
            password = readPassword(name);
        }
        try {
            Account admin = accounts.createAdminAtStartup(name, password);
            System.out.println("Created admin '" + admin.username() + "'.");
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("No admin created: " + e.getMessage());
            return 2;
        }
    }

    private static String readPassword(String name) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for admin '%s' (at least %d characters): ", name, PasswordPolicy.MIN_LENGTH);
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
