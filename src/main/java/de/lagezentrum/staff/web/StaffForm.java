package de.lagezentrum.staff.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.staff.NewStaff;

/** The form to set up a staff; topic areas one per line, empty for the usual seven. */
public class StaffForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    @Size(max = 5000)
    private String description = "";
    @Size(max = 6000)
    private String topics = "";

    NewStaff command() {
        List<String> lines = Arrays.stream(topics.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
        return new NewStaff(name, description, null, lines);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
