package de.lagezentrum;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.organisation.Role;

/**
 * Who calls an endpoint in the authorisation matrix: nobody, an account with exactly one role of the
 * prepared municipality, or the admin of another municipality. A new role is one constant here and
 * one column in {@link AuthorisationMatrixTests#TABLE}.
 */
enum Caller {

    ANONYMOUS("anon", null),
    ADMIN("admin", Role.ADMIN),
    STAFF_LEAD("lead", Role.STAFF_LEAD),
    STAFF_MEMBER("member", Role.STAFF_MEMBER),
    PRESS_OFFICE("press", Role.PRESS_OFFICE),
    JOURNALIST("journo", Role.JOURNALIST),
    EVENT_HOST("host", Role.EVENT_HOST),
    FACILITATOR("facil", Role.FACILITATOR),
    PROGRAMME_OFFICE("prog", Role.PROGRAMME_OFFICE),
    EMPLOYEE("empl", Role.EMPLOYEE),
    OPERATOR("oper", Role.OPERATOR),
    OTHER_TENANT_ADMIN("other", Role.ADMIN);

    private final String column;
    private final @Nullable Role role;

    Caller(String column, @Nullable Role role) {
        this.column = column;
        this.role = role;
    }

    /** The caller's column heading in the access table. */
    String column() {
        return column;
    }

    /** The one role the caller's account holds; null for {@link #ANONYMOUS}. */
    @Nullable Role role() {
        return role;
    }

    static Caller ofColumn(String column) {
        for (Caller caller : values()) {
            if (caller.column.equals(column)) {
                return caller;
            }
        }
        throw new IllegalArgumentException("No caller has the column " + column);
    }
}
