package com.sendense.hubsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The simulator stands in for a remote hub: it may not share code with the console (decision record 004). */
@AnalyzeClasses(packages = "com.sendense.hubsim", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorIsolationTest {

    @ArchTest
    static final ArchRule simulator_does_not_depend_on_the_console = noClasses().that()
            .resideInAPackage("com.sendense.hubsim..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.sendense.console..")
            .because("the console must reach the simulator over HTTP only, exactly like a real hub");

    @ArchTest
    static final ArchRule simulator_does_not_use_spring = noClasses().that()
            .resideInAPackage("com.sendense.hubsim..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..")
            .because("the simulator runs standalone on the JDK HTTP server");
}
