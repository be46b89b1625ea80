package de.lagezentrum.platform.database;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.StaticMethodMatcherPointcut;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * Work without a signed-in user (start-up, scheduled work, tests) that calls a module's method naming
 * its actor ({@link CurrentUser}) or its municipality (a {@code UUID tenantId} parameter) runs as that
 * municipality. In a request the signed-in user's municipality always rules, and an explicitly entered
 * {@link TenantScope} wins over both: an argument never widens what the request's user may see.
 */
final class ActorTenantInterceptor implements MethodInterceptor {

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TenantScope.isExplicit() || CurrentUser.current().isPresent()) {
            return invocation.proceed();
        }
        UUID tenantId = tenantOf(invocation.getMethod(), invocation.getArguments());
        return tenantId == null ? invocation.proceed() : TenantScope.proceedAs(tenantId, invocation);
    }

    private static @Nullable UUID tenantOf(Method method, @Nullable Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof CurrentUser actor) {
                return actor.tenantId();
            }
            if (arguments[i] instanceof UUID id && names(parameters[i])) {
                return id;
            }
        }
        return null;
    }

    private static boolean names(Parameter parameter) {
        return parameter.getType() == UUID.class && parameter.getName().equals("tenantId");
    }

    /** Methods of the modules' services (not of a web layer, the security filters or this fence itself). */
    static final class ActorMethods extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            String module = targetClass.getPackageName();
            if (!module.startsWith("de.lagezentrum.") || module.endsWith(".web")
                    || module.equals("de.lagezentrum.platform.database")
                    || module.equals("de.lagezentrum.platform.security")) {
                return false;
            }
            for (Parameter parameter : method.getParameters()) {
                if (parameter.getType() == CurrentUser.class || names(parameter)) {
                    return true;
                }
            }
            return false;
        }
    }
}
