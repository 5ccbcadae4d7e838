package org.influenceatlas.account;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import kotlin.jvm.functions.Function0;
import org.influenceatlas.account.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open every view and call every write endpoint: anonymous, reader, editor, reviewer
 * and admin against a table of the least role each needs. The table must name every route and
 * every write endpoint the app has (the discovery tests fail on a new one until it is added
 * here), and nothing anonymous can write anywhere under /api.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleMatrixTest {

    /** Who is asking: nobody, or a curator of a role. */
    enum Subject {
        ANONYMOUS(null), READER(Role.READER), EDITOR(Role.EDITOR), REVIEWER(Role.REVIEWER), ADMIN(Role.ADMIN);

        final Role role;

        Subject(Role role) {
            this.role = role;
        }

        boolean holds(Role needed) {
            return needed == null || (role != null && role.includes(needed));
        }
    }

    /** A route template, an address that opens it, and the least role it needs (null: anyone, in a public atlas). */
    record ViewAccess(String address, Role needs) {
    }

    static final Map<String, ViewAccess> VIEWS = new LinkedHashMap<>();
    /** Write endpoint ("POST /api/v1/briefings") -> the least role it needs. */
    static final Map<String, Role> WRITES = new LinkedHashMap<>();

    static {
        VIEWS.put("", new ViewAccess("", null));
        VIEWS.put("login", new ViewAccess("login", null));
        VIEWS.put("briefings", new ViewAccess("briefings", null));
        VIEWS.put("briefings/:slug/:n?", new ViewAccess("briefings/syria-2015-2024/1", null));
        VIEWS.put("briefings/:slug/edit", new ViewAccess("briefings/new/edit", Role.EDITOR));
        VIEWS.put("account", new ViewAccess("account", Role.READER));
        VIEWS.put("admin/users", new ViewAccess("admin/users", Role.ADMIN));
        VIEWS.put("admin/audit", new ViewAccess("admin/audit", Role.ADMIN));
        // Every signed-in curator: a reader gets the "Propose a correction" form (editing.ui).
        VIEWS.put("edit/:type/:id", new ViewAccess("edit/event/new", Role.READER));
        // review.ui: a fact's history is public reading; your proposals need an account; the queue a reviewer.
        VIEWS.put("history/:type/:id", new ViewAccess("history/event/no-such-event", null));
        VIEWS.put("proposals", new ViewAccess("proposals", Role.READER));
        VIEWS.put("review", new ViewAccess("review", Role.REVIEWER));

        WRITES.put("POST /api/v1/briefings", Role.EDITOR);
        // A reader's changeset is a proposed correction, reviewed like any other (review.ProposalService).
        WRITES.put("POST /api/v1/changesets", Role.READER);
    }

    static final Set<RequestMethod> WRITE_METHODS = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private static Routes routes;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void discoverRoutes() {
        routes = AtlasRoutes.all();
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        if (UI.getCurrent() != null) {
            MockVaadin.tearDown();
        }
    }

    @Test
    void the_table_names_every_view_route_of_the_app() {
        setUpVaadin();
        Set<String> templates = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            templates.add(route.getTemplate());
        }
        assertThat(templates).as("routes; add new ones to VIEWS with the least role they need").isSubsetOf(VIEWS.keySet());
        assertThat(templates).containsAll(List.of("", "briefings", "briefings/:slug/edit", "login", "account", "admin/users"));
    }

    @Test
    void the_table_names_every_write_endpoint_of_the_api() {
        assertThat(writeEndpoints()).as("write endpoints; add new ones to WRITES with the least role they need")
                .isNotEmpty().isSubsetOf(WRITES.keySet());
    }

    static Stream<Arguments> viewCases() {
        List<Arguments> cases = new ArrayList<>();
        VIEWS.forEach((template, access) -> {
            for (Subject subject : Subject.values()) {
                cases.add(Arguments.of(template, subject));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} opens view ''{0}''")
    @MethodSource("viewCases")
    void every_view_opens_for_the_roles_it_allows_and_sends_the_others_away(String template, Subject subject) {
        setUpVaadin();
        ViewAccess access = VIEWS.get(template);
        if (subject.role == null) {
            SignIn.out();
        } else {
            SignIn.as("matrix-" + subject.name().toLowerCase(), subject.role);
        }
        Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().equals(template)).findFirst().orElseThrow().getNavigationTarget();
        Class<?> shown;
        try {
            UI.getCurrent().navigate(access.address());
            shown = UI.getCurrent().getCurrentView().getClass();
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException refused) {
            // Karibu's stand-in for Vaadin's access-denied error page (a signed-in curator without the role).
            shown = refused.getClass();
        }
        if (subject.holds(access.needs())) {
            assertThat(shown).as(subject + " at " + template).isEqualTo(target);
        } else if (subject.role == null) {
            assertThat(shown).as("the anonymous are sent to sign in from " + template).isEqualTo(LoginView.class);
        } else {
            assertThat(shown).as(subject + " is refused " + template).isNotEqualTo(target);
        }
    }

    static Stream<Arguments> writeCases() {
        List<Arguments> cases = new ArrayList<>();
        WRITES.forEach((endpoint, role) -> {
            for (Subject subject : Subject.values()) {
                cases.add(Arguments.of(endpoint, subject));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} calls {0}")
    @MethodSource("writeCases")
    void every_write_endpoint_answers_401_to_the_anonymous_403_below_its_role_and_is_reached_above(String endpoint, Subject subject)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(writeEndpoints().contains(endpoint), endpoint + " is not in the app yet");
        String[] parts = endpoint.split(" ", 2);
        String token = subject.role == null ? null : SignIn.token(context, "matrix-" + subject.name().toLowerCase(), subject.role);
        // An empty document: allowed callers get past the checks to the validation (400), and nothing is written.
        HttpResponse<String> answer = send(parts[0], parts[1].replaceAll("\\{[^}]+}", "x"), token, "{}");
        int status = answer.statusCode();
        Role needs = WRITES.get(endpoint);
        if (subject.role == null) {
            assertThat(status).as(subject + " " + endpoint + ": " + answer.body()).isEqualTo(401);
        } else if (!subject.holds(needs)) {
            assertThat(status).as(subject + " " + endpoint + ": " + answer.body()).isEqualTo(403);
        } else {
            assertThat(status).as(subject + " " + endpoint + ": " + answer.body()).isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    void nothing_anonymous_can_write_any_api_address_with_any_method() throws Exception {
        int revisions = count("revision");
        int briefings = count("briefing");
        int tried = 0;
        for (String path : apiPaths()) {
            for (RequestMethod method : WRITE_METHODS) {
                HttpResponse<String> answer = send(method.name(), path, null, "{}");
                assertThat(answer.statusCode()).as("anonymous " + method + " " + path + ": " + answer.body()).isEqualTo(401);
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(20);
        assertThat(count("revision")).isEqualTo(revisions);
        assertThat(count("briefing")).isEqualTo(briefings);
    }

    /** Every write endpoint of the API, as "METHOD /path/{var}". */
    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api")) {
                    methods.stream().filter(WRITE_METHODS::contains).forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    /** Every API address, read or write, with its path variables filled. */
    private Set<String> apiPaths() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream().filter(p -> p.startsWith("/api"))
                .map(p -> p.replaceAll("\\{[^}]+}", "x")).forEach(paths::add));
        paths.add("/api/v1/no-such-address");
        return paths;
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
