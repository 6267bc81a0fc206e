package dev.checkoutconsole.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of DESIGN.md, enforced on the production classes so a change that breaks them fails the build. */
class LayerRulesTest {
    private static final String ROOT = "dev.checkoutconsole";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + ".app..")
                .layer("ui").definedBy(ROOT + ".ui..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("service").definedBy(ROOT + ".service..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("api").definedBy(ROOT + ".api")
                .layer("api.model").definedBy(ROOT + ".api.model..")
                .layer("sandbox").definedBy(ROOT + ".sandbox..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("api").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("api.model").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "api", "sandbox")
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("app")
                .check(classes);
    }

    @Test
    void storeAndApiModelUseNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".service..",
                        ROOT + ".ui..", ROOT + ".cli..", ROOT + ".app..", ROOT + ".sandbox..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".api.model..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api", ROOT + ".service..", ROOT + ".store..",
                        ROOT + ".ui..", ROOT + ".cli..", ROOT + ".app..", ROOT + ".sandbox..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheAppTouchJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".api..", ROOT + ".service..", ROOT + ".store..",
                        ROOT + ".sandbox..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void viewModelsHoldStateWithoutTouchingNodes() {
        classes().that().resideInAPackage(ROOT + ".ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void uiFeaturesDoNotReachIntoEachOtherExceptThroughCommon() {
        slices().matching(ROOT + ".ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".ui.common.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
