package de.lagezentrum.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session is read from PostgreSQL once per request, not again after it was saved. Spring Session's
 * filter saves the session as the response is committed and then asks the store for it once more, only to
 * learn the id the request came with (and again at the end of the request): a transaction and a query per
 * signed-in request that can only find what was just written.
 *
 * <p>Within one request on one thread, a {@code findById} right after a {@code save} of the same id answers
 * the session just saved. Nothing outlives the request: the memo belongs to the request ({@link Scope},
 * outside Spring Session's filter), any other call of the store forgets it, and outside a request (tests,
 * scheduled work) the store is asked as before. The first read of each request always goes to the database,
 * so a session ended elsewhere (sign-out, revocation) is gone at the next request.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

    /** The session saved last in the current request on this thread; absent outside a request. */
    private static final ThreadLocal<@Nullable Memo> REQUEST = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor sessionReadOnceRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice(new Remember());
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    @Bean
    FilterRegistrationBean<Scope> sessionReadOnceScope() {
        FilterRegistrationBean<Scope> registration = new FilterRegistrationBean<>(new Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Opens the memo for one request, around Spring Session's filter, and drops it when the request ends. */
    static final class Scope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            REQUEST.set(new Memo());
            try {
                chain.doFilter(request, response);
            }
            finally {
                REQUEST.remove();
            }
        }
    }

    /** Remembers a saved session for the next read of its id, in a request only. */
    static final class Remember implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            Memo memo = REQUEST.get();
            if (memo == null) {
                return invocation.proceed();
            }
            Session saved = memo.saved;
            memo.saved = null;
            String method = invocation.getMethod().getName();
            Object[] arguments = invocation.getArguments();
            if (method.equals("findById") && saved != null && saved.getId().equals(arguments[0])) {
                return saved;
            }
            Object result = invocation.proceed();
            if (method.equals("save") && arguments.length == 1 && arguments[0] instanceof Session session) {
                memo.saved = session;
            }
            return result;
        }
    }

    private static final class Memo {
        @Nullable Session saved;
    }
}
