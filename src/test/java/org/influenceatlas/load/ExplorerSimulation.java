package org.influenceatlas.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Users of the explorer, each doing what a browser does (opt-in: {@code ./mvnw -Pload gatling:test},
 * see tools/load/run.sh): the page, Vaadin's init, the navigation to the explorer and the layer data
 * the page preloads; then, again and again with a think time, moving the date, opening a site's
 * details, searching, and presenting a briefing (its first two slides). Date, details and slides are
 * the {@code ui-navigate} messages the client sends when the URL changes (the explorer keeps its
 * state in the URL), with the server's syncId and the next clientId, as the client sends them;
 * search is the API the search box is built on.
 * <p>
 * Settings (system properties): {@code atlas.url} (http://127.0.0.1:18080), {@code users} (1000),
 * {@code ramp} seconds (120), {@code hold} seconds each user keeps going after its start (240).
 */
public class ExplorerSimulation extends Simulation {

    static final String BASE = System.getProperty("atlas.url", "http://127.0.0.1:18080");
    static final int USERS = Integer.getInteger("users", 1000);
    static final int RAMP = Integer.getInteger("ramp", 120);
    static final int HOLD = Integer.getInteger("hold", 240);

    /** A site and a briefing that exist in whatever data the server holds, read before the run. */
    static final Map<String, String> DATA = lookUp();

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling ExplorerSimulation")
            .disableFollowRedirect();

    static String navigate(String route, String query) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\""
                + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
    }

    /** One UIDL round trip, as Vaadin's client makes it; a session-expired answer counts as an error. */
    static ChainBuilder uidl(String step, Function<Session, String> rpc) {
        return exec(http(step).post("/?v-r=uidl&v-uiId=0")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":[" + rpc.apply(session)
                        + "],\"syncId\":" + session.getString("syncId") + ",\"clientId\":" + session.getString("clientId") + "}"))
                .check(status().is(200),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"),
                        regex("sessionExpired").notExists()));
    }

    static final List<Map<String, Object>> SEARCHES = List.of(
            Map.of("term", "CSTO"), Map.of("term", "Wagner"), Map.of("term", "Armenia"), Map.of("term", "pipeline"),
            Map.of("term", "Syria"), Map.of("term", "Gyumri"), Map.of("term", "Caspian"), Map.of("term", "Africa Corps"));

    static final List<Map<String, Object>> DATES = List.of(
            Map.of("date", "2012-03-01"), Map.of("date", "2015-10-01"), Map.of("date", "2020-10-01"), Map.of("date", "2022-03-01"),
            Map.of("date", "2023-09-20"), Map.of("date", "2024-12-10"), Map.of("date", "2010-06-01"), Map.of("date", "2018-01-01"));

    ChainBuilder open = exec(http("page").get("/").check(status().is(200)))
            .exec(http("vaadin init").get("/?v-r=init&location=&query=")
                    .check(status().is(200), regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf")))
            .exec(session -> session.set("syncId", "0").set("clientId", "0"))
            .exec(uidl("navigation", s -> navigate("", "")))
            .exec(http("layer api").get("/api/v1/layers").check(status().is(200))
                    .resources(
                            http("layer api: boundaries").get("/api/v1/boundaries"),
                            http("layer api: presence").get("/api/v1/layers/military-presence"),
                            http("layer api: corridors").get("/api/v1/layers/corridors"),
                            http("layer api: alignments").get("/api/v1/layers/alignments?geometry=none"),
                            http("layer api: events").get("/api/v1/layers/events")));

    ChainBuilder work = exec(session -> session)
            .feed(listFeeder(DATES).circular())
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(uidl("move date", s -> navigate("", "asOf=" + s.getString("date"))))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(uidl("open details", s -> navigate("", "asOf=" + s.getString("date") + "&select=military-presence:" + DATA.get("site"))))
            .feed(listFeeder(SEARCHES).circular())
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            // 304: Gatling's cache revalidates a search it made before, as a browser does.
            .exec(http("search").get("/api/v1/search?q=#{term}").check(status().in(200, 304)))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(uidl("present briefing", s -> navigate("briefings/" + DATA.get("briefing") + "/1", "")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(uidl("next slide", s -> navigate("briefings/" + DATA.get("briefing") + "/2", "")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(uidl("back to explorer", s -> navigate("", "asOf=" + s.getString("date"))));

    ScenarioBuilder explorer = scenario("explorer").exec(open).exec(during(Duration.ofSeconds(HOLD)).on(work));

    {
        setUp(explorer.injectOpen(USERS <= 1 ? atOnceUsers(USERS) : rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().gte(0L));
    }

    private static Map<String, String> lookUp() {
        try {
            HttpClient client = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            JsonNode sites = json.readTree(client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/layers/military-presence")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode briefings = json.readTree(client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/briefings")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode first = briefings.isArray() ? briefings.get(0) : briefings.path("briefings").get(0);
            return Map.of("site", sites.get("features").get(0).get("id").asText(), "briefing", first.get("slug").asText());
        } catch (Exception e) {
            throw new IllegalStateException("the atlas at " + BASE + " does not answer: start it first (tools/load/run.sh does)", e);
        }
    }
}
