package de.lagezentrum.organisation.web;

import org.springframework.validation.BindingResult;

import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/** Puts the facade's refusals where the form shows them: at the field, or above the form. */
final class FormErrors {

    private FormErrors() {
    }

    /** Runs the action; a refusal becomes an error of the form and false is returned. */
    static boolean attempt(BindingResult errors, Runnable action) {
        try {
            action.run();
            return true;
        }
        catch (InvalidInputException e) {
            if (errors.getFieldType(e.field()) != null) {
                errors.rejectValue(e.field(), e.messageKey());
            }
            else {
                errors.reject(e.messageKey());
            }
            return false;
        }
        catch (ConflictException e) {
            errors.reject(e.messageKey());
            return false;
        }
        catch (org.springframework.dao.OptimisticLockingFailureException e) {
            errors.reject("problem.concurrent-change");
            return false;
        }
    }
}
