package org.manhal.api.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The security filter chain, built from {@link AccessRules} (the one table of who may call
 * what): local accounts by HTTP Basic (API) and the sign-in form (map, a browser session), the
 * identity provider's JWTs when {@code manhal.security.oidc.issuer-uri} is set, CSRF protection
 * for browser sessions, the security headers, CORS as configured, and every refusal as a
 * bilingual problem ({@link Refusals}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(LocalAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        ProviderManager manager = new ProviderManager(new LocalAccountAuthentication(accounts, encoder, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** A URL the firewall refuses (encoded slashes, path traversal) is a 400 problem, not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AuthenticationManager manager, SignInThrottle throttle,
                                    SecuritySettings settings,
                                    @Value("${manhal.map.base-layer-url:}") String baseLayerUrl) throws Exception {
        Refusals refusals = new Refusals();
        http.authenticationManager(manager)
                .authorizeHttpRequests(this::rules)
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .formLogin(form -> form.loginPage("/signin.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", false).failureUrl("/signin.html?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        // the header carries the cookie's value as it is (no per-request masking: a script reads it)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfig::browserSessionWrite))
                .cors(cors -> cors.configurationSource(cors(settings.corsAllowedOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(baseLayerUrl)))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new BodySizeFilter(settings.maxBodyBytes()), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PublicRateLimitFilter(settings.publicRateLimit()), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
        if (settings.oidc().enabled()) {
            JwtDecoder decoder = TokenAccounts.decoder(settings.oidc());
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
            jwt.setJwtAuthenticationConverter(new TokenAccounts(settings.oidc()));
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(refusals).accessDeniedHandler(refusals)
                    .jwt(j -> j.authenticationManager(new ProviderManager(jwt))));
        }
        return http.build();
    }

    private void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // the error page of a refused request renders its problem, whoever asked
        auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
        for (AccessRules.Rule rule : AccessRules.RULES) {
            RequestMatcher matcher = matcher(rule);
            if (rule.isPublic()) {
                auth.requestMatchers(matcher).permitAll();
            } else {
                auth.requestMatchers(matcher).hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        auth.anyRequest().denyAll();
    }

    /** The rule's requests; a GET rule also decides HEAD, which the GET handler answers (as {@link AccessRules.Rule#matches}). */
    static RequestMatcher matcher(AccessRules.Rule rule) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        if (rule.method() == null) {
            return paths.matcher(rule.pattern());
        }
        RequestMatcher exact = paths.matcher(rule.method(), rule.pattern());
        return HttpMethod.GET.equals(rule.method())
                ? new OrRequestMatcher(exact, paths.matcher(HttpMethod.HEAD, rule.pattern())) : exact;
    }

    /**
     * CSRF matters only where the browser adds credentials by itself: the session cookie of the
     * sign-in form. A request with an Authorization header (Basic, Bearer) or without a session
     * carries no ambient authority, so it needs no token.
     */
    static boolean browserSessionWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestedSessionId() != null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && !"/login".equals(request.getServletPath());
    }

    /** Scripts and styles from the service only (the map has no inline ones); the base tiles' origin if configured. */
    static String contentSecurityPolicy(String baseLayerUrl) {
        String tiles = tileOrigin(baseLayerUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private static String tileOrigin(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://[^/{}]*(\\{s\\})?[^/]*)").matcher(url);
        if (!m.find()) {
            return "";
        }
        // {s}.tile.example.org: every subdomain
        return " " + m.group(1).replaceFirst("\\{s\\}", "*");
    }

    private static CorsConfigurationSource cors(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (origins != null && !origins.isEmpty()) {
            CorsConfiguration c = new CorsConfiguration();
            c.setAllowedOrigins(origins);
            c.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
            c.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id", "X-Access-Code"));
            c.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After"));
            c.setAllowCredentials(false);
            c.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", c);
        }
        return source;
    }
}
