package org.influenceatlas;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.influenceatlas.dataset.DatasetExporter;
import org.influenceatlas.dataset.DatasetImported;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the main code. The features (presence, corridor, alignment, event) know only
 * the shared kernel ({@code base}), the sources ({@code source}), the countries ({@code country},
 * the geography every feature is placed in) and the layer contract ({@code layer}) they implement,
 * and name each other by id; the importer ({@code dataset}), the HTTP API ({@code api}), search
 * and the UI sit on top and reach the layers through the registry.
 */
@AnalyzeClasses(packages = "org.influenceatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.influenceatlas";
    static final List<String> FEATURES = List.of("presence", "corridor", "alignment", "event");
    static final String BASE = ROOT + ".base..";
    static final String SOURCE = ROOT + ".source..";
    static final String COUNTRY = ROOT + ".country..";
    static final String LAYER = ROOT + ".layer..";
    static final DescribedPredicate<JavaClass> OUTSIDE_THE_ATLAS = resideOutsideOfPackage(ROOT + "..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_the_api_the_importer_search_or_any_ui =
            noClasses().that().resideInAnyPackage(packages(List.of("presence", "corridor", "alignment", "event", "country", "layer")))
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".dataset..",
                            ROOT + ".search..", ROOT + ".map..", ROOT + ".ui..", ROOT + ".views..")
                    .orShould().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..");

    @ArchTest
    static final ArchRule a_feature_depends_only_on_itself_base_and_source_and_names_other_features_by_id =
            CompositeArchRule.of(FEATURES.stream().map(ArchitectureTest::featureRule).toList())
                    .as("each feature package (" + String.join(", ", FEATURES) + ") should only depend on itself, "
                            + BASE + ", " + SOURCE + ", " + COUNTRY + ", " + LAYER + " and classes outside the atlas");

    @ArchTest
    static final ArchRule countries_and_the_layer_contract_depend_on_no_feature =
            CompositeArchRule.of(List.of(COUNTRY, LAYER).stream().map(own -> (ArchRule) classes().that().resideInAPackage(own)
                    .should().onlyDependOnClassesThat(resideInAnyPackage(own, SOURCE, BASE).or(OUTSIDE_THE_ATLAS))
                    .as("classes in " + own + " should only depend on " + own + ", " + SOURCE + ", " + BASE
                            + " and classes outside the atlas")).toList());

    @ArchTest
    static final ArchRule source_depends_on_no_feature =
            classes().that().resideInAPackage(SOURCE)
                    .should().onlyDependOnClassesThat(resideInAnyPackage(SOURCE, BASE).or(OUTSIDE_THE_ATLAS))
                    .as("classes in " + SOURCE + " should only depend on " + SOURCE + ", " + BASE + " and classes outside the atlas");

    @ArchTest
    static final ArchRule base_depends_on_nothing_of_the_atlas_outside_base =
            classes().that().resideInAPackage(BASE)
                    .should().onlyDependOnClassesThat(resideInAPackage(BASE).or(OUTSIDE_THE_ATLAS))
                    .as("classes in " + BASE + " should only depend on " + BASE + " and classes outside the atlas");

    @ArchTest
    static final ArchRule the_api_uses_of_the_importer_only_its_event_and_its_export =
            noClasses().that().resideInAPackage(ROOT + ".api..")
                    .should().dependOnClassesThat(resideInAPackage(ROOT + ".dataset..")
                            .and(not(equivalentTo(DatasetImported.class))).and(not(equivalentTo(DatasetExporter.class))))
                    .as("no classes in " + ROOT + ".api.. should depend on " + ROOT + ".dataset.. other than DatasetImported and DatasetExporter");

    @ArchTest
    static final ArchRule the_top_level_packages_have_no_dependency_cycles =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule main_code_uses_no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    private static ArchRule featureRule(String feature) {
        String own = ROOT + "." + feature + "..";
        return classes().that().resideInAPackage(own)
                .should().onlyDependOnClassesThat(resideInAnyPackage(own, BASE, SOURCE, COUNTRY, LAYER).or(OUTSIDE_THE_ATLAS))
                .as("classes in " + own + " should only depend on " + own + ", " + BASE + ", " + SOURCE + ", " + COUNTRY
                        + ", " + LAYER + " and classes outside the atlas");
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }
}
