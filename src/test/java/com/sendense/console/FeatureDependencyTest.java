package com.sendense.console;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "may depend on" column of the package table in docs/architecture.md, one rule per row, so the
 * table cannot drift from the code: a package may use its own classes, the listed console packages,
 * and any library (which libraries is {@link ArchitectureTest}'s business).
 */
class FeatureDependencyTest {

    private static final String CONSOLE = "com.sendense.console";

    /** The table, row by row: package → the console packages it may use besides itself. */
    static final Map<String, Set<String>> ALLOWED = allowed("hub", "", "hub.internal", "hub", "live", "hub", "base",
            "hub", "shell", "base, live, users, hub, backups", "users", "base", "security", "users", "vms",
            "hub, users, base, backups, restore, protection", "backups", "hub, live, users, base", "restore",
            "hub, live, users, backups, base", "dashboard", "hub, live, users, backups, base, protection", "protection",
            "hub, live, users, backups, base", "alerts", "hub, live, users, base, dashboard, protection, restore");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CONSOLE);
    }

    @Test
    void hub_depends_on_nothing_of_ours() {
        check("hub");
    }

    @Test
    void hub_internal_depends_only_on_hub() {
        check("hub.internal");
    }

    @Test
    void live_depends_only_on_hub() {
        check("live");
    }

    @Test
    void base_depends_only_on_hub() {
        check("base");
    }

    @Test
    void shell_depends_only_on_base_live_users_hub_and_backups() {
        check("shell");
    }

    @Test
    void users_depends_only_on_base() {
        check("users");
    }

    @Test
    void security_depends_only_on_users() {
        check("security");
    }

    @Test
    void vms_depends_only_on_hub_users_base_backups_restore_and_protection() {
        check("vms");
    }

    @Test
    void backups_depends_only_on_hub_live_users_and_base() {
        check("backups");
    }

    @Test
    void restore_depends_only_on_hub_live_users_backups_and_base() {
        check("restore");
    }

    @Test
    void dashboard_depends_only_on_hub_live_users_backups_base_and_protection() {
        check("dashboard");
    }

    @Test
    void protection_depends_only_on_hub_live_users_backups_and_base() {
        check("protection");
    }

    @Test
    void alerts_depends_only_on_hub_live_users_base_dashboard_protection_and_restore() {
        check("alerts");
    }

    @Test
    void every_console_package_has_a_rule() throws IOException {
        Set<String> topLevel = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/com/sendense/console"))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).forEach(topLevel::add);
        }
        assertThat(ALLOWED.keySet()).containsAll(topLevel);
    }

    @Test
    void the_architecture_document_lists_the_same_dependencies() throws IOException {
        Pattern row = Pattern.compile("^\\| `console\\.([a-z.]+)`[^|]*\\|.*\\| ([^|]+) \\|$");
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1),
                        Arrays.stream(m.group(2).split(","))
                                .map(s -> s.strip().split("[ (]")[0].replace("`", ""))
                                .filter(ALLOWED::containsKey)
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        assertThat(documented).as("the 'may depend on' column of docs/architecture.md").isEqualTo(ALLOWED);
    }

    private static void check(String pkg) {
        String own = CONSOLE + "." + pkg + "..";
        String[] allowed = ALLOWED.get(pkg).stream().map(p -> CONSOLE + "." + p + "..").toArray(String[]::new);
        DescribedPredicate<JavaClass> forbidden = resideInAPackage(CONSOLE + "..")
                .and(DescribedPredicate.not(resideInAPackage(own)))
                .and(DescribedPredicate.not(resideInAnyPackage(allowed)))
                .as("console classes outside " + pkg + " and " + ALLOWED.get(pkg));
        noClasses().that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat(forbidden)
                .because("docs/architecture.md allows console." + pkg + " to use only " + ALLOWED.get(pkg))
                .allowEmptyShould(true)
                .check(classes);
    }

    private static Map<String, Set<String>> allowed(String... rows) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            map.put(rows[i],
                    Arrays.stream(rows[i + 1].split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        return map;
    }
}
