package de.lagezentrum.staff.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import de.lagezentrum.staff.NewMember;

/** The lead's form to add a member. */
public class MemberForm {

    @NotNull
    private @Nullable UUID personId;
    @Size(max = 200)
    private String function = "";

    NewMember command() {
        return new NewMember(personId, function);
    }

    public @Nullable UUID getPersonId() {
        return personId;
    }

    public void setPersonId(@Nullable UUID personId) {
        this.personId = personId;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }
}
