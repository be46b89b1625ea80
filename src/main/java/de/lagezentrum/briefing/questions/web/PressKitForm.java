package de.lagezentrum.briefing.questions.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The press office attaches a document to the press kit: a title and the file (PDF or image). */
public class PressKitForm {

    private String itemTitle = "";
    private @Nullable MultipartFile file;

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public @Nullable MultipartFile getFile() {
        return file;
    }

    public void setFile(@Nullable MultipartFile file) {
        this.file = file;
    }
}
