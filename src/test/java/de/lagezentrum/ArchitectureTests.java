package de.lagezentrum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** House rules that the compiler does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.lagezentrum");

    /** Without this, every rule below would pass on an empty import. */
    @Test
    void theApplicationIsImported() {
        assertThat(CLASSES.contain(LagezentrumApplication.class)).isTrue();
        assertThat(CLASSES.size()).isGreaterThan(100);
    }

    /**
     * Where {@code public} makes a type API: a module's root package, and every package of the open platform
     * module. A closed module's feature sub-packages ({@code staff.sessions}) stay internal to it, whatever is
     * public there (ModularityTests checks that no other module uses them).
     */
    static final String[] API_PACKAGES = {"de.lagezentrum.*", "de.lagezentrum.platform.."};

    /** Repositories are never API; in a feature sub-package one may be public for its module's root facades. */
    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).and().resideInAnyPackage(API_PACKAGES)
                .should().notBePublic().check(CLASSES);
    }

    /** Aggregates are never API; in a feature sub-package one may be public for its module's root facades. */
    @Test
    void aggregatesAreNotPublic() {
        classes().that().areAnnotatedWith(org.springframework.data.relational.core.mapping.Table.class)
                .and().resideInAnyPackage(API_PACKAGES)
                .should().notBePublic().check(CLASSES);
    }

    /** Business modules keep controllers in {@code web/}; the platform's few pages sit with their feature. */
    @Test
    void controllersAreNotPublicAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .andShould().resideInAnyPackage("..web..", "de.lagezentrum.platform..")
                .check(CLASSES);
    }

    @Test
    void controllersUseFacadesNotRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }

    @Test
    void noStandardStreamsOrJavaUtilLogging() {
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }

    @Test
    void valueRulesDoNotDependOnSpring() {
        noClasses().that().haveSimpleName("Passwords").or().haveSimpleName("Role")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }
}
