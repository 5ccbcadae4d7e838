package org.influenceatlas.editing.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The mocked Vaadin UI on the Spring context, and the steps every form test takes. */
abstract class FormTesting {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    RecordingDesk desk;

    @TestConfiguration
    static class Desk {
        @Bean
        @Primary
        RecordingDesk recordingDesk() {
            return new RecordingDesk();
        }
    }

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        // Package-private views are not discovered.
        routes.getRoutes().add(EditView.class);
    }

    @BeforeEach
    void setUpUi() {
        desk.drafts.clear();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownUi() {
        MockVaadin.tearDown();
    }

    EditView open(String address) {
        UI.getCurrent().navigate(address);
        return _get(EditView.class);
    }

    static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    /** Save, then answer the note dialog. */
    void save(String note) {
        _click(_get(Button.class, spec -> spec.withId("edit-save")));
        area("Why (a short note for the reviewer)").setValue(note);
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
    }

    /** Save, expecting a refusal before any note is asked. */
    void saveRefused() {
        _click(_get(Button.class, spec -> spec.withId("edit-save")));
    }

    static void assertRefusedAt(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).contains(message);
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }
}
