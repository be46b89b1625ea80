package de.lagezentrum.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import de.lagezentrum.platform.files.UploadLimits;
import de.lagezentrum.platform.web.ProblemWriter;

/**
 * Two filter chains: the stateless API under {@code /api} (bearer tokens, problem details) and the
 * pages (form login, optional OpenID Connect, CSRF, sessions in the database; public pages without a
 * session and cacheable, see {@link PublicPages}). Both send strict
 * security headers and a Content-Security-Policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observations of the security chain at all: switched off in application.yaml they were still
     * wrapped around each filter, no-op observations that cost about 8 % of a participant's join (issue 10).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticator tokens, ProblemWriter problems,
            List<PublicEndpoint> publicEndpoints, RateLimitConfiguration.RateLimitFilterHolder rateLimit,
            UploadLimits uploads) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var bearer = new AuthenticationFilter(new ProviderManager(new BearerTokenAuthenticationProvider(tokens)),
                new BearerTokenConverter());
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(rateLimit.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new RequestSizeLimitFilter(problems, uploads), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    publicEndpoints.forEach(endpoint -> auth.requestMatchers(endpoint.method(), endpoint.pattern())
                            .permitAll());
                    auth.requestMatchers("/api/v1/tenants", "/api/v1/tenants/**").hasRole("OPERATOR");
                    // A token of an account that must enrol a second factor may do that and nothing else.
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/me/mfa/totp", "/api/v1/me/mfa/totp/confirm")
                            .authenticated();
                    auth.anyRequest().access((authentication, context) -> new AuthorizationDecision(
                            isAuthenticated(authentication.get())
                                    && !SecondFactor.has(authentication.get(), SecondFactor.ENROLMENT_ONLY)));
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, SecondFactor.has(SecurityContextHolder.getContext()
                                        .getAuthentication(), SecondFactor.ENROLMENT_ONLY)
                                        ? "mfa-enrolment-required" : "forbidden")))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager formLogin, List<PublicEndpoint> publicEndpoints,
            RateLimitConfiguration.RateLimitFilterHolder rateLimit,
            ObjectProvider<ClientRegistrationRepository> oidcClients, OidcLogin oidcLogin, MfaPolicyProvider mfa,
            SecurityProperties properties, Clock clock, PublicPages publicPages) throws Exception {
        // The form login's manager is the parent, not the chain's manager (http.authenticationManager): that
        // would replace the chain's own manager, which holds the providers oauth2Login registers, and every
        // OpenID Connect login would fail with ProviderNotFoundException.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(formLogin);
        var afterLogin = new MfaLoginSuccessHandler(mfa);
        publicPages.configure(http);
        http.addFilterBefore(rateLimit.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(properties.sessionAbsoluteLifetime(), clock),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new MfaGate(), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicEndpoints.stream()
                                .map(endpoint -> PathPatternRequestMatcher.withDefaults()
                                        .matcher(endpoint.method(), endpoint.pattern()))
                                .toArray(RequestMatcher[]::new)).permitAll()
                        .requestMatchers("/login", "/login/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
                                "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/operator/**").hasRole("OPERATOR")
                        // the SBOM lists every library and version: a map for an attacker, so not public
                        .requestMatchers("/actuator/sbom", "/actuator/sbom/**").hasAnyRole("ADMIN", "OPERATOR")
                        // the index of the actuator's endpoints is for those who operate the instance
                        .requestMatchers("/actuator", "/actuator/**").hasAnyRole("ADMIN", "OPERATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(afterLogin)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("LAGEZENTRUM_SESSION"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(SecurityConfiguration::strictHeaders);
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            oidcLogin.configure(http, afterLogin);
        }
        return http.build();
    }

    @Bean
    AuthenticationManager formLoginAuthenticationManager(UserDetailsService accounts, PasswordEncoder passwords,
            LoginThrottle throttle, AuthenticationEventPublisher events) {
        var dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        var manager = new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
        // Successful logins are events: the organisation module records the time of the last login.
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * Spring Security's authentication events, with throttled sign-ins as {@link SignInThrottled} (by
     * default a {@link LoginThrottledException} would publish nothing), so the audit log sees them.
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, SignInThrottled.class));
        return publisher;
    }

    /**
     * Argon2id for new hashes; bcrypt hashes (e.g. imported accounts) are still accepted. Only so many
     * run at once ({@link BoundedPasswordEncoder}), so a rush of sign-ins cannot exhaust the heap.
     */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        var argon2 = properties.argon2();
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, argon2.memoryKib(), argon2.iterations()),
                "bcrypt", new BCryptPasswordEncoder())), BoundedPasswordEncoder.permits(argon2.concurrent()));
    }

    private static boolean isAuthenticated(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Bean
    static Clock clock() {
        return Clock.systemUTC();
    }

    private static void strictHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions
                        .policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"));
    }
}
