package th.tipnet.awards;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;

/**
 * Nominations over the API: member organisations' administrators and provincial coordinators
 * nominate for their organisation while a round takes nominations; they see their own
 * organisation's nominations, the secretariat all of them. Every answer is {@code no-store}.
 */
@RestController
@Tag(name = "Awards")
class NominationsApi {

	private final NominationDesk desk;

	NominationsApi(NominationDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/v1/award-rounds/{id}/nominations")
	@Operation(summary = "A round's nominations the caller may see: all for the secretariat (network coordinators, system "
			+ "administrators), the caller's organisation's for its administrators and provincial coordinators; 403 for others")
	ResponseEntity<ItemsPage<NominationView>> list(@PathVariable UUID id) {
		List<NominationView> items = desk.of(new RoundId(id)).stream().map(NominationView::of).toList();
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(new ItemsPage<>(items, items.size()));
	}

	@PostMapping("/api/v1/award-rounds/{id}/nominations")
	@Operation(summary = "Nominate for the caller's organisation: a draft, or submitted at once with submit=true (the "
			+ "nominee's consent is then required). Only while the round takes nominations (409 otherwise); the nominee "
			+ "must be of the category's kind (422 on nomineeKind); the same nominee twice in a category is a 409 on "
			+ "nominee. Refused fields are named (422) and nothing is stored.")
	ResponseEntity<NominationView> nominate(@PathVariable UUID id, @RequestBody NewNomination body) {
		Nomination n = desk.nominate(new RoundId(id), body.form(), Boolean.TRUE.equals(body.submit()));
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + n.id()))
			.header("Cache-Control", "no-store")
			.body(NominationView.of(n));
	}

	@GetMapping("/api/v1/nominations/{id}")
	@Operation(summary = "A nomination, for its organisation's nominators and the secretariat; 404 for anybody else")
	ResponseEntity<NominationView> get(@PathVariable UUID id) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(NominationView.of(desk.nomination(new NominationId(id))));
	}

	@PutMapping("/api/v1/nominations/{id}")
	@Operation(summary = "Revise a draft of the caller's organisation (not its category) while the round takes nominations; "
			+ "version must be the one read (409 otherwise)")
	ResponseEntity<NominationView> revise(@PathVariable UUID id, @RequestBody RevisedNomination body) {
		Nomination n = desk.revise(new NominationId(id), body.version(), body.nomination().form());
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(NominationView.of(n));
	}

	@PostMapping("/api/v1/nominations/{id}/submit")
	@Operation(summary = "Submit a draft of the caller's organisation to the secretariat (needs the nominee's consent)")
	ResponseEntity<NominationView> submit(@PathVariable UUID id, @RequestBody VersionOnly body) {
		return ResponseEntity.ok().header("Cache-Control", "no-store")
			.body(NominationView.of(desk.submit(new NominationId(id), body.version())));
	}

	@PostMapping("/api/v1/nominations/{id}/withdraw")
	@Operation(summary = "Withdraw a nomination of the caller's organisation before the nomination deadline; the nominee "
			+ "may then be nominated again")
	ResponseEntity<NominationView> withdraw(@PathVariable UUID id, @RequestBody VersionOnly body) {
		return ResponseEntity.ok().header("Cache-Control", "no-store")
			.body(NominationView.of(desk.withdraw(new NominationId(id), body.version())));
	}

	@Schema(name = "NewAwardNomination", description = "A nomination: the category, the nominee's fields for the category's "
			+ "kind (a person: personName, personPosition, personOrganisationId, personProvinceCode; an organisation: "
			+ "organisationId; a province: provinceCode), why and what they achieved")
	record NewNomination(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID categoryId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = NomineeKind.class,
					description = "Must be the category's kind") String nomineeKind,
			@Schema(maxLength = 200) String personName, @Schema(maxLength = 200) String personPosition,
			@Schema(description = "An active organisation of the directory") UUID personOrganisationId,
			@Schema(pattern = "^TH-[0-9]{2}$", example = "TH-50") String personProvinceCode,
			@Schema(description = "An active organisation of the directory") UUID organisationId,
			@Schema(pattern = "^TH-[0-9]{2}$", example = "TH-50") String provinceCode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String justification,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 8000) String achievements,
			@Schema(description = "The nominee agreed to be nominated and named if they win; required to submit") Boolean nomineeConsented,
			@Schema(description = "Submit at once instead of keeping a draft") Boolean submit) {

		NominationDesk.Form form() {
			return new NominationDesk.Form(categoryId, kind(nomineeKind), personName, personPosition, personOrganisationId,
					personProvinceCode, organisationId, provinceCode, justification, achievements,
					Boolean.TRUE.equals(nomineeConsented));
		}

		private static NomineeKind kind(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return NomineeKind.valueOf(value.strip());
			}
			catch (IllegalArgumentException e) {
				throw th.tipnet.common.DomainException.invalid("nomineeKind", "awards.error.noSuchKind");
			}
		}
	}

	@Schema(name = "RevisedAwardNomination")
	record RevisedNomination(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) NewNomination nomination) {
	}

	@Schema(name = "AwardNominationVersion")
	record VersionOnly(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version read") long version) {
	}
}
