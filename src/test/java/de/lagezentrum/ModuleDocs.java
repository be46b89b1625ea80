package de.lagezentrum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation with Spring Modulith's {@link Documenter} and sorts what it writes
 * in hash order (the bullets of each list in the module canvases, the components and relations of
 * the PlantUML diagrams), so the same code always gives the same files and a clean checkout stays
 * clean after its own tests.
 */
final class ModuleDocs {

    /** A PlantUML element or relation: indentation, keyword, opening parenthesis. */
    private static final Pattern PLANT_UML_STATEMENT = Pattern.compile("^(\\s*)(\\w+)\\(.*[^{]$");

    private ModuleDocs() {
    }

    /** Writes diagrams and canvases of the modules into the folder, in a stable order. */
    static void write(ApplicationModules modules, Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".adoc")) {
                    rewrite(file, ModuleDocs::sortListItems);
                }
                else if (name.endsWith(".puml")) {
                    rewrite(file, ModuleDocs::sortStatements);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sorts each run of AsciiDoc list items (runs parted only by a blank line count as one); an item keeps its continuation lines ({@code +} and the
     * paragraph after it), and a run that opens a table cell ({@code |* …}) keeps the cell marker first.
     */
    static String sortListItems(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> sorted = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isItem(lines.get(i))) {
                sorted.add(lines.get(i++));
                continue;
            }
            boolean opensCell = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>();
            while (i < lines.size() && isItem(lines.get(i)) && (run.isEmpty() || !lines.get(i).startsWith("|"))) {
                StringBuilder item = new StringBuilder(opensCell && run.isEmpty() ? lines.get(i).substring(1) : lines.get(i));
                i++;
                while (i < lines.size() && isContinuation(lines.get(i))) {
                    item.append('\n').append(lines.get(i++));
                }
                run.add(item.toString());
                // Documenter writes one group per listening bean, parted by a blank line, in an order that
                // differs between JVMs: the groups of one cell become one sorted list.
                if (i + 1 < lines.size() && lines.get(i).isEmpty() && lines.get(i + 1).startsWith("* ")) {
                    i++;
                }
            }
            Collections.sort(run);
            if (opensCell) {
                run.set(0, "|" + run.get(0));
            }
            sorted.addAll(run);
        }
        return String.join("\n", sorted);
    }

    /** Sorts each run of PlantUML statements of the same kind at the same indentation. */
    static String sortStatements(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> sorted = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kind(lines.get(i));
            if (kind == null) {
                sorted.add(lines.get(i++));
                continue;
            }
            List<String> run = new ArrayList<>();
            while (i < lines.size() && kind.equals(kind(lines.get(i)))) {
                run.add(lines.get(i++));
            }
            Collections.sort(run);
            sorted.addAll(run);
        }
        return String.join("\n", sorted);
    }

    private static boolean isItem(String line) {
        return line.startsWith("* ") || line.startsWith("|* ");
    }

    private static boolean isContinuation(String line) {
        return !line.isEmpty() && !line.startsWith("*") && !line.startsWith("|") && !line.startsWith("_");
    }

    private static String kind(String line) {
        Matcher statement = PLANT_UML_STATEMENT.matcher(line);
        return statement.matches() ? statement.group(1) + statement.group(2) : null;
    }

    private static void rewrite(Path file, UnaryOperator<String> sort) throws IOException {
        Files.writeString(file, sort.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
