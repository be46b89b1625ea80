package de.lagezentrum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link org.springframework.jdbc.core.simple.JdbcClient} of the database's superuser, for
 * tests that look at or tamper with rows behind the application's back. Row-level security does not
 * bind it; the application's own client (unqualified) is bound like the application.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface Administrator {
}
