package th.tipnet.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.security.HttpAuthorizationRules;
import th.tipnet.common.web.InputFilter;
import th.tipnet.common.web.SecurityProblems;

/**
 * Two security chains. The API chain ({@code /api/**}, {@code /actuator/**}) is stateless: bearer
 * tokens, no cookies, so no CSRF. The web chain is session-based (sessions in the database, shared
 * by every instance) with CSRF, a strict CSP and the sign-in steps. Each module adds its own URL
 * rules through {@link HttpAuthorizationRules}; anything not named needs a full sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id; the delegating form keeps the algorithm id in each hash so it can be upgraded later.
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
		encoder.setDefaultPasswordEncoderForMatches(argon2);
		return encoder;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetails accounts, PasswordEncoder encoder, LoginThrottle throttle,
			AuditTrail audit) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
		passwordCheck.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledPasswordCheck(passwordCheck, throttle, audit));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Users users, SecurityProblems problems, InputFilter input,
			List<HttpAuthorizationRules> moduleRules,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.addFilterAfter(input, HeaderWriterFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, users, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(rules -> {
				rules.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll();
				rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				rules.requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name());
				moduleRules.forEach(r -> r.apply(rules));
				rules.anyRequest().access(new SignedInOrUnmapped(mappings));
			})
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "error.unauthorized"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SignInSteps steps, AuditTrail audit, AuthenticationManager manager, InputFilter input,
			SecurityContextRepository contexts, JdbcTemplate jdbc, Clock clock, List<HttpAuthorizationRules> moduleRules,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
			@Value("${tipnet.security.csp:" + CSP + "}") String csp) throws Exception {
		http.securityContext(c -> c.securityContextRepository(contexts))
			// Malformed input is refused before CSRF and sign-in read it, with the headers already set.
			.addFilterAfter(input, HeaderWriterFilter.class)
			.addFilterAfter(new SecurityStampFilter(jdbc), SecurityContextHolderFilter.class)
			.authenticationManager(manager)
			.authorizeHttpRequests(rules -> {
				rules.requestMatchers("/", "/login", "/forgot-password", "/password-reset", "/error", "/css/**", "/js/**", "/images/**", "/fonts/**", "/favicon.ico", "/favicon.svg", "/apple-touch-icon.png",
						"/webjars/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
					.permitAll();
				rules.requestMatchers("/login/totp").hasAuthority(SignInStep.SECOND_FACTOR.authority());
				rules.requestMatchers("/account/password/required").hasAuthority(SignInStep.CHANGE_PASSWORD.authority());
				rules.requestMatchers("/account/totp/required", "/account/totp/required/**")
					.hasAuthority(SignInStep.ENROL_SECOND_FACTOR.authority());
				rules.requestMatchers("/admin/security").hasRole(Role.SYSTEM_ADMIN.name());
				moduleRules.forEach(r -> r.apply(rules));
				rules.anyRequest().access(new SignedInOrUnmapped(mappings));
			})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(steps)
				.failureHandler(failureHandler(clock))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(auditSignOut(audit))
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("SESSION"))
			.exceptionHandling(e -> e.accessDeniedHandler(continueSignInOrDeny()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(csp))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				// DENY unless a handler set its own (the outbox's sandboxed mail frame: SAMEORIGIN), as the CSP writer does.
				.frameOptions(f -> f.disable())
				.addHeaderWriter((request, response) -> {
					if (!response.containsHeader("X-Frame-Options")) {
						response.setHeader("X-Frame-Options", "DENY");
					}
				}));
		return http.build();
	}

	/** A held-back sign-in is told roughly how long to wait, in whole minutes (rounded up). */
	private static AuthenticationFailureHandler failureHandler(Clock clock) {
		return (request, response, exception) -> {
			String outcome = "error";
			if (exception instanceof ThrottledPasswordCheck.SignInLocked locked) {
				long seconds = Duration.between(clock.instant(), locked.until()).toSeconds();
				outcome = "locked=" + Math.max(1, (seconds + 59) / 60);
			}
			response.sendRedirect(request.getContextPath() + "/login?" + outcome);
		};
	}

	private static LogoutHandler auditSignOut(AuditTrail audit) {
		return (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
			if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
				audit.record(IdentityAudit.USER, user.userId(), IdentityAudit.SIGNED_OUT, Changes.none());
			}
		};
	}

	/** A user half-way through sign-in who wanders off is sent back to their step; anyone else gets 403. */
	private static AccessDeniedHandler continueSignInOrDeny() {
		return (request, response, denied) -> {
			Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
				.getAuthentication();
			SignInStep step = auth == null ? null : SignInStep.pendingIn(auth.getAuthorities());
			if (step != null && "GET".equals(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + step.page());
				return;
			}
			sendForbidden(response);
		};
	}

	private static void sendForbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
