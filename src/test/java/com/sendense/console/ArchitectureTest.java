package com.sendense.console;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
    private static final String[] HTTP_CLIENT_AND_JSON = {"org.springframework.web.reactive..",
            "org.springframework.web.client..", "reactor..", "io.netty..", "tools.jackson..", "com.fasterxml.jackson..",
            "java.net.http.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.sendense");
    }

    @Test
    void only_the_hub_client_implementation_knows_http_reactor_and_jackson() {
        noClasses().that()
                .resideInAPackage(CONSOLE + "..")
                .and()
                .resideOutsideOfPackage(CONSOLE + ".hub.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(HTTP_CLIENT_AND_JSON)
                .because("the public hub API is records, exceptions and a blocking interface; WebClient, Reactor"
                        + " and the wire JSON stay in hub.internal, where WebClientHubClient and HubPipeline live")
                .check(classes);
    }

    @Test
    void the_simulator_reads_its_own_json_but_never_uses_the_consoles_http_client() {
        // The simulator is a separate program standing in for a remote hub (decision 004): it parses and writes
        // the hub's JSON with its own tools.jackson mapper on the JDK HTTP server, so Jackson is allowed there.
        noClasses().that()
                .resideInAPackage("com.sendense.hubsim..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "reactor..", "io.netty..")
                .because("the simulator runs on the JDK HTTP server, isolated from the console's client stack")
                .check(classes);
    }

    @Test
    void components_never_use_the_hub_client_directly() {
        DescribedPredicate<JavaClass> uiCode = resideInAPackage(CONSOLE + "..ui..")
                .or(resideInAPackage(CONSOLE + ".shell.."))
                .or(assignableTo(Component.class).and(resideInAPackage(CONSOLE + "..")))
                .as("UI code (ui and shell packages, and every Vaadin component of the console)");
        noClasses().that(uiCode)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(CONSOLE + ".hub.HubClient")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(CONSOLE + ".hub.internal..")
                .because("views call feature services, which own authorisation and the cross-cutting concerns")
                .check(classes);
    }

    @Test
    void components_get_the_hub_zone_not_the_hub_configuration() {
        DescribedPredicate<JavaClass> uiCode = resideInAPackage(CONSOLE + "..ui..")
                .or(resideInAPackage(CONSOLE + ".shell.."))
                .or(assignableTo(Component.class).and(resideInAPackage(CONSOLE + "..")))
                .as("UI code");
        noClasses().that(uiCode)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(CONSOLE + ".hub.HubProperties")
                .because("a view needs the hub's time zone (HubZone) or a threshold its service gives, not the"
                        + " client's configuration with its URL and token")
                .check(classes);
    }

    @Test
    void nothing_outside_the_hub_package_reaches_into_its_implementation() {
        noClasses().that()
                .resideInAPackage(CONSOLE + "..")
                .and()
                .resideOutsideOfPackage(CONSOLE + ".hub..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(CONSOLE + ".hub.internal..")
                .check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching(CONSOLE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void console_and_simulator_share_no_code() {
        noClasses().that()
                .resideInAPackage(CONSOLE + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.sendense.hubsim..")
                .check(classes);
        noClasses().that()
                .resideInAPackage("com.sendense.hubsim..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(CONSOLE + "..")
                .check(classes);
    }

    @Test
    void nothing_needs_a_frontend_bundle() {
        noClasses().should()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.CssImport.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.JsModule.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.NpmPackage.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.CssImport.Container.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.JsModule.Container.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.component.dependency.NpmPackage.Container.class)
                .because("styles are static stylesheets loaded with @StyleSheet; a bundle needs Node 24 (decision 014)")
                .check(classes);
    }

    @Test
    void components_start_no_background_work_of_their_own() {
        noClasses().that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(Thread.class, java.util.Timer.class)
                .check(classes);
        classes().that()
                .areAssignableTo(Component.class)
                .should()
                .notBeAnnotatedWith(Async.class)
                .andShould()
                .notBeAnnotatedWith(Scheduled.class)
                .check(classes);
    }
}
