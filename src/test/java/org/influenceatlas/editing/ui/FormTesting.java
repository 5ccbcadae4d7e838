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
import org.springframework.context.ApplicationContext;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.review.ProposedChange;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The mocked Vaadin UI on the Spring context, and the steps every form test takes. */
abstract class FormTesting {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    ProposalService proposals;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        // Package-private views are not discovered.
        routes.getRoutes().add(EditView.class);
    }

    @BeforeEach
    void setUpUi() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        signIn(Role.EDITOR);
    }

    @AfterEach
    void tearDownUi() {
        MockVaadin.tearDown();
        // Each test's proposals are taken back, so the next test may propose on the same fact.
        SignIn.as("form-tester", Role.EDITOR);
        proposals.mine().stream().filter(Proposal::isPending).forEach(p -> proposals.withdraw(p.id()));
        SignIn.out();
    }

    /** Signs in for the view's access check and the review service's method security. */
    static void signIn(Role role) {
        KaribuSignIn.as("form-tester", role);
    }

    /** The proposals this test sent, newest first. */
    List<Proposal> sent() {
        return proposals.mine().stream().filter(Proposal::isPending).toList();
    }

    /** The single change of the newest proposal. */
    ProposedChange lastChange() {
        List<Proposal> mine = sent();
        assertThat(mine).as("a pending proposal was sent").isNotEmpty();
        return mine.get(0).changes().get(mine.get(0).changes().size() - 1);
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
