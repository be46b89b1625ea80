package de.lagezentrum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure holds, and its documentation under docs/modules is generated from it, always alike. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LagezentrumApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("platform", "organisation");
    }

    @Test
    void writesModuleDocumentation() {
        ModuleDocs.write(MODULES, Path.of("docs/modules"));

        assertThat(Path.of("docs/modules/components.puml")).exists();
    }

    @Test
    void generatingTheDocumentationTwiceGivesTheSameFiles(@TempDir Path first, @TempDir Path second)
            throws IOException {
        ModuleDocs.write(MODULES, first);
        // a fresh model has fresh objects, so hash-ordered sets come out in another order
        ModuleDocs.write(ApplicationModules.of(LagezentrumApplication.class), second);

        List<String> names = files(first);
        assertThat(names).contains("components.puml", "module-staff.adoc").isEqualTo(files(second));
        for (String name : names) {
            assertThat(first.resolve(name)).as(name).hasSameTextualContentAs(second.resolve(name));
        }
    }

    @Test
    void listItemsAndDiagramStatementsAreSorted() {
        assertThat(ModuleDocs.sortListItems("""
                |Events listened to
                |* `b.Second`
                +
                More about the second.
                * `a.First`
                |===""")).isEqualTo("""
                |Events listened to
                |* `a.First`
                * `b.Second`
                +
                More about the second.
                |===""");
        // one group per listening bean, in whatever order the JVM gives: one list
        assertThat(ModuleDocs.sortListItems("""
                |Events listened to
                |* `c.Third`

                * `b.Second`
                * `a.First`
                |===""")).isEqualTo("""
                |Events listened to
                |* `a.First`
                * `b.Second`
                * `c.Third`
                |===""");
        assertThat(ModuleDocs.sortStatements("""
                  Container_Boundary("x", "x") {
                    Component(x.Staff, "Staff")
                    Component(x.Journal, "Journal")
                  }
                Rel(x.Staff, x.Platform, "uses")
                Rel(x.Journal, x.Staff, "listens to")""")).isEqualTo("""
                  Container_Boundary("x", "x") {
                    Component(x.Journal, "Journal")
                    Component(x.Staff, "Staff")
                  }
                Rel(x.Journal, x.Staff, "listens to")
                Rel(x.Staff, x.Platform, "uses")""");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
