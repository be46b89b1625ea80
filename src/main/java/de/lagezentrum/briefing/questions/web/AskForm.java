package de.lagezentrum.briefing.questions.web;

/** A journalist's question on the page: plain text; its length is checked by the facade, with the API's message. */
public class AskForm {

    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
