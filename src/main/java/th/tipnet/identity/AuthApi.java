package th.tipnet.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.TooManyRequests;

/** Tokens for integrations: the same password check, throttle and second factor as the sign-in page. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApi {

	private final AuthenticationManager authentication;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	AuthApi(AuthenticationManager authentication, Accounts accounts, ApiTokens tokens, LoginThrottle throttle,
			AuditTrail audit, Clock clock) {
		this.authentication = authentication;
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/token")
	@Operation(summary = "Exchange a user name and password (and TOTP code, when enrolled) for a bearer token",
			description = "Failed attempts slow further ones per account and per client address: 429 with Retry-After "
					+ "in seconds until the wait ends (at most a few minutes).",
			responses = {
					@ApiResponse(responseCode = "200", description = "The token: access_token, token_type Bearer, expires_in seconds"),
					@ApiResponse(responseCode = "401", description = "Wrong user name or password, or the TOTP code missing or wrong"),
					@ApiResponse(responseCode = "403", description = "The account must first change its password or enrol a second factor at the sign-in page"),
					@ApiResponse(responseCode = "429", description = "Held back after failed attempts; see Retry-After") })
	ResponseEntity<Map<String, Object>> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		SignedInUser user;
		try {
			user = (SignedInUser) authentication.authenticate(attempt).getPrincipal();
		}
		catch (ThrottledPasswordCheck.SignInLocked locked) {
			long millis = Duration.between(clock.instant(), locked.until()).toMillis();
			throw new TooManyRequests("identity.signIn.locked", Math.max(1, (millis + 999) / 1000));
		}
		catch (AuthenticationException failed) {
			throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.signIn.failed", null);
		}
		SignInStep next = accounts.nextStep(user.userId(), false);
		if (next == SignInStep.SECOND_FACTOR) {
			if (body.totp() == null || body.totp().isBlank()) {
				throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.totp.needed", "totp");
			}
			if (!accounts.verifySecondFactor(user.userId(), body.totp())) {
				throttle.failed(user.username(), request.getRemoteAddr());
				audit.record(IdentityAudit.USER, user.userId(), IdentityAudit.SECOND_FACTOR_FAILED, Changes.none());
				throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.totp.wrongCode", "totp");
			}
			next = accounts.nextStep(user.userId(), true);
		}
		throttle.succeeded(user.username());
		if (next == SignInStep.CHANGE_PASSWORD || next == SignInStep.ENROL_SECOND_FACTOR) {
			// Those steps need a person at the sign-in page; a token would skip them.
			throw new DomainException(HttpStatus.FORBIDDEN, "identity.signIn.stepRequired", null);
		}
		ApiTokens.Issued issued = tokens.issue(user.userId());
		audit.recordAs(new th.tipnet.common.Actor(user.userId(), user.username(), user.organisationId(), user.provinceCode()), IdentityAudit.USER,
				user.userId(), IdentityAudit.API_TOKEN_ISSUED, Changes.none());
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(Map.of("access_token", issued.token(), "token_type", "Bearer", "expires_in", issued.expiresInSeconds()));
	}

	@PostMapping("/revoke")
	@Operation(summary = "Revoke the bearer token this request is made with")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		String token = authorization.substring(7).strip();
		if (tokens.revoke(token)) {
			audit.record(IdentityAudit.USER, UserAdministration.currentAdmin().userId(), IdentityAudit.API_TOKEN_REVOKED, Changes.none());
		}
		return ResponseEntity.noContent().build();
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			@Size(max = 32) String totp) {
	}
}
