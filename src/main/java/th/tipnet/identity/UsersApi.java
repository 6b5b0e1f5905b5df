package th.tipnet.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;
import th.tipnet.common.web.Versions;

/** Accounts over the API, within the caller's administration scope. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersApi {

	private final UserAdministration administration;

	UsersApi(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Accounts the caller may administer")
	ItemsPage<UserView> list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var found = administration.list(q, page, size);
		return new ItemsPage<>(found.map(UserView::of).getContent(), found.getTotalElements());
	}

	@GetMapping("/{id}")
	ResponseEntity<UserView> get(@PathVariable UUID id) {
		User user = administration.get(id);
		return ResponseEntity.ok().eTag(etag(user)).body(UserView.of(user));
	}

	@PostMapping
	@Operation(summary = "Create an account; the response carries its temporary password, once")
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser body) {
		var created = administration.create(new UserAdministration.NewAccount(body.username(), body.displayName(),
				body.email(), new User.Membership(body.organisationId(), body.provinceCode(), body.roles())));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("user", UserView.of(created.user()));
		response.put("temporaryPassword", created.temporaryPassword());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.LOCATION, "/api/v1/users/" + created.user().id())
			.body(response);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account; send its version (or If-Match with the ETag) to avoid lost updates")
	ResponseEntity<UserView> update(@PathVariable UUID id, @Valid @RequestBody UserChange body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = Versions.expected(body.version(), ifMatch);
		User user = administration.update(id, version, new UserAdministration.AccountChange(body.displayName(),
				body.email(), new User.Membership(body.organisationId(), body.provinceCode(), body.roles())));
		if (body.enabled() != null && body.enabled() != user.enabled()) {
			user = body.enabled() ? administration.enable(id, user.version()) : administration.disable(id, user.version());
		}
		User saved = administration.get(id);
		return ResponseEntity.ok().eTag(etag(saved)).body(UserView.of(saved));
	}


	private static String etag(User user) {
		return "\"" + user.version() + "\"";
	}

	record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
			@Email @Size(max = 254) String email, @NotNull UUID organisationId, @NotEmpty Set<Role> roles,
			@Size(max = 5) String provinceCode) {
	}

	record UserChange(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
			@NotNull UUID organisationId, @NotEmpty Set<Role> roles, @Size(max = 5) String provinceCode, Boolean enabled,
			Long version) {
	}

}
