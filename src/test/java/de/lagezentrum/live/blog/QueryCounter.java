package de.lagezentrum.live.blog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application's {@link JdbcClient}s start on the current thread while
 * {@link #count} runs, so a test can show that a page costs the same number of queries however much it
 * shows. Outside {@link #count} the proxies only pass calls on.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The work's result and how many statements it started. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] count = {0};
        COUNT.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        }
        finally {
            COUNT.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcClient client)) {
            return bean;
        }
        return Proxy.newProxyInstance(JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class},
                (proxy, method, arguments) -> {
                    int[] count = COUNT.get();
                    if (count != null && method.getName().equals("sql")) {
                        count[0]++;
                    }
                    try {
                        return method.invoke(client, arguments);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
