package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The database fences of every installation: transactions that carry their municipality to
 * PostgreSQL's row-level security, event listeners that run as the municipality of their event, and
 * the refusal to run as a role that row-level security would not bind.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    TenantTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
    }

    /**
     * Listeners of module events run after the publishing transaction, on another thread, and again
     * after a restart: they take the municipality from the event itself. Ordered before the
     * listener's own transaction, which then begins with that municipality.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor eventTenantAdvisor() {
        var advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class),
                new EventTenantInterceptor());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    /**
     * A module method that names its actor runs as the actor's municipality. Ordered before the
     * method's own transaction, which then begins with that municipality.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor actorTenantAdvisor() {
        var advisor = new DefaultPointcutAdvisor(new ActorTenantInterceptor.ActorMethods(), new ActorTenantInterceptor());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 200);
        return advisor;
    }

    @Bean
    DatabaseRoleCheck databaseRoleCheck(DataSource dataSource,
            @Value("${lagezentrum.database.allow-rls-bypass:false}") boolean allowBypass) {
        return new DatabaseRoleCheck(dataSource, allowBypass);
    }
}
