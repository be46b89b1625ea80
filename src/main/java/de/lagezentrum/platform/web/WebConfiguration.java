package de.lagezentrum.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages are German until the user picks English ({@code ?lang=en}, remembered in a cookie); the API
 * follows {@code Accept-Language}, German when there is none.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "LAGEZENTRUM_LANG";

    static final int SOCKET_BUFFER_BYTES = 4096;

    /** Outside Spring Session's filter, so that a session that cannot load for want of a connection gets a 503 too. */
    @Bean
    FilterRegistrationBean<OverloadFilter> overloadFilter(ProblemWriter problems, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new OverloadFilter(problems, messages));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }

    /**
     * Socket buffers of 4 KiB instead of 8 KiB for reading and writing: Tomcat holds them for as long as a
     * connection is open, and a live event keeps one connection per participant open for hours (about
     * 120 KB of heap each, issue 10). Requests and answers larger than a buffer still work, in more
     * reads and writes; the request header limit is unchanged.
     */
    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        // Pages speak German until the user switches; API clients choose with Accept-Language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? Languages.fromHeader(request) : Locale.GERMAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
