package de.lagezentrum.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.lagezentrum.staff.NewAgendaItem;

/** A member's proposal for the agenda. */
public class AgendaItemForm {

    @NotBlank
    @Size(max = 300)
    private String itemTitle = "";
    @Size(max = 200)
    private String topic = "";

    NewAgendaItem command() {
        return new NewAgendaItem(itemTitle, topic.isBlank() ? null : topic, null);
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
