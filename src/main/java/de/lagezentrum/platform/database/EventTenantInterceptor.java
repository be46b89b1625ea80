package de.lagezentrum.platform.database;

import java.lang.reflect.RecordComponent;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

/**
 * Runs an event listener as the municipality of its event: every event that concerns one municipality
 * is a record with a {@code UUID tenantId} component. Listeners of other events run without one and
 * see only what the policies of their own purpose allow.
 */
final class EventTenantInterceptor implements MethodInterceptor {

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        UUID tenantId = invocation.getArguments().length == 1 ? tenantOf(invocation.getArguments()[0]) : null;
        if (tenantId == null) {
            return invocation.proceed();
        }
        return TenantScope.proceedAs(tenantId, invocation);
    }

    static @Nullable UUID tenantOf(@Nullable Object event) {
        if (event == null || !event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("tenantId") && component.getType() == UUID.class) {
                try {
                    return (UUID) component.getAccessor().invoke(event);
                }
                catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read the tenant of " + event.getClass(), e);
                }
            }
        }
        return null;
    }
}
