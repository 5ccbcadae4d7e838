package org.influenceatlas.scale;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser tab speaking Vaadin's protocol as its client does: the page, the init request
 * (which gives the CSRF key), then UIDL messages with the server's syncId and the next clientId.
 * A navigation is the {@code ui-navigate} event the client sends for a route and query.
 */
final class VaadinUser {

    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final Http http;
    private String csrf;
    private long syncId;
    private long clientId;

    private VaadinUser(Http http) {
        this.http = http;
    }

    static VaadinUser open(Http balancer) throws Exception {
        return new VaadinUser(balancer).load();
    }

    private VaadinUser load() throws Exception {
        assertThat(http.get("/").status()).isEqualTo(200);
        Http.Answer init = http.get("/?v-r=init&location=&query=");
        assertThat(init.status()).as("Vaadin init").isEqualTo(200);
        csrf = first(KEY, init.body()).orElseThrow();
        syncId = 0;
        clientId = 0;
        return this;
    }

    /** The node HAProxy's cookie names. */
    String node() {
        return http.cookie("ATLASNODE").orElse(null);
    }

    /** A browser reload: same cookies, a new page and UI. */
    VaadinUser reload() throws Exception {
        return load();
    }

    /** The UIDL answer to navigating to the route with the query (as the client does on a link or Back). */
    String navigate(String route, String query) throws Exception {
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        Http.Answer answer = http.postJson("/?v-r=uidl&v-uiId=0", message);
        assertThat(answer.status()).as("UIDL answer").isEqualTo(200);
        first(SYNC_ID, answer.body()).ifPresent(s -> syncId = Long.parseLong(s));
        first(CLIENT_ID, answer.body()).ifPresent(c -> clientId = Long.parseLong(c));
        return answer.body();
    }

    private static java.util.Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
