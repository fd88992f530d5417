package com.sendense.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;

/** The layering rules of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static final String CONSOLE = "com.sendense.console";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.sendense");
    }

    @Test
    void only_the_hub_client_knows_http_reactor_and_jackson() {
        noClasses().that().resideInAPackage(CONSOLE + "..").and().resideOutsideOfPackage(CONSOLE + ".hub..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.reactive..",
                        "org.springframework.web.client..", "reactor..", "io.netty..", "tools.jackson..",
                        "com.fasterxml.jackson.databind..", "java.net.http..")
                .check(classes);
    }

    @Test
    void views_never_use_the_hub_client_directly() {
        noClasses().that().resideInAPackage(CONSOLE + "..ui..").or().resideInAPackage(CONSOLE + ".shell..")
                .should().dependOnClassesThat().haveFullyQualifiedName(CONSOLE + ".hub.HubClient")
                .orShould().dependOnClassesThat().resideInAPackage(CONSOLE + ".hub.internal..")
                .check(classes);
    }

    @Test
    void nothing_outside_the_hub_package_reaches_into_its_implementation() {
        noClasses().that().resideInAPackage(CONSOLE + "..").and().resideOutsideOfPackage(CONSOLE + ".hub..")
                .should().dependOnClassesThat().resideInAPackage(CONSOLE + ".hub.internal..")
                .check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching(CONSOLE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void console_and_simulator_share_no_code() {
        noClasses().that().resideInAPackage(CONSOLE + "..")
                .should().dependOnClassesThat().resideInAPackage("com.sendense.hubsim..").check(classes);
        noClasses().that().resideInAPackage("com.sendense.hubsim..")
                .should().dependOnClassesThat().resideInAPackage(CONSOLE + "..").check(classes);
    }

    @Test
    void components_start_no_background_work_of_their_own() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.Timer.class)
                .check(classes);
        classes().that().areAssignableTo(Component.class)
                .should().notBeAnnotatedWith(Async.class).andShould().notBeAnnotatedWith(Scheduled.class)
                .check(classes);
    }
}
