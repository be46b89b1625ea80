package de.lagezentrum.live.events.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Collects the {@link LiveSection} beans of one place, with their models, for a page. */
@Component
class LiveSections {

    private final List<LiveSection> sections;

    LiveSections(List<LiveSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(LiveSection::order)).toList();
    }

    /** A section to render: its template, the fragment's selector in it, and the fragment's model. */
    record Rendered(String template, String selector, Map<String, Object> model) {

        static Rendered of(String fragment, Map<String, Object> model) {
            int split = fragment.indexOf(" :: ");
            return new Rendered(fragment.substring(0, split), fragment.substring(split + 4), model);
        }
    }

    List<Rendered> render(LiveSection.Place place, LiveSection.Viewer viewer) {
        return sections.stream().filter(section -> section.place() == place)
                .flatMap(section -> section.model(viewer).stream()
                        .map(model -> Rendered.of(section.fragment(), model)))
                .toList();
    }
}
