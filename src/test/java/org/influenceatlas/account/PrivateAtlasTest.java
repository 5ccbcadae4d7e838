package org.influenceatlas.account;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.influenceatlas.account.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** atlas.access=private: reading needs sign-in, in the views and in the API, and answers are not shared-cacheable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.access=private")
@ActiveProfiles("test")
class PrivateAtlasTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void tearDown() {
        SignIn.out();
        if (UI.getCurrent() != null) {
            MockVaadin.tearDown();
        }
    }

    @Test
    void the_api_answers_the_anonymous_401_and_a_readers_token_privately() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/layers", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":401");
        String token = SignIn.token(context, "private.reader", Role.READER);
        HttpResponse<String> reader = get("/api/v1/layers/events", token);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("private").doesNotContain("public"));
    }

    @Test
    void every_view_sends_the_anonymous_to_sign_in_and_opens_for_a_reader() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(AtlasRoutes.all(), context, uiFactory));
        for (String address : new String[]{"", "briefings", "briefings/syria-2015-2024/1"}) {
            SignIn.out();
            UI.getCurrent().navigate(address);
            assertThat(UI.getCurrent().getCurrentView()).as("anonymous at '" + address + "'").isInstanceOf(LoginView.class);
            SignIn.as("private.reader", Role.READER);
            UI.getCurrent().navigate(address);
            assertThat(UI.getCurrent().getCurrentView()).as("reader at '" + address + "'").isNotInstanceOf(LoginView.class);
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
