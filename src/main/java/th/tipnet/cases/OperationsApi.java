package th.tipnet.cases;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.Actor;

/**
 * Group intake for case workers' systems: the first contact with people met together, one case
 * each under one operation, with the possible earlier cases of each person flagged. Every answer is
 * {@code no-store}.
 */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Cases (NRM)")
class OperationsApi {

	private final GroupIntakes intakes;

	private final PossibleMatches matches;

	private final Caseload caseload;

	OperationsApi(GroupIntakes intakes, PossibleMatches matches, Caseload caseload) {
		this.intakes = intakes;
		this.matches = matches;
		this.caseload = caseload;
	}

	@PostMapping
	@Operation(summary = "Record the first contact with a group met together (e.g. 40 workers found on a boat): the shared "
			+ "facts once, then 1 to 200 persons; each person gets a case of their own (own gap-free number, own 24-hour "
			+ "clock) linked to the operation, for the caller's organisation. A refused field is named (422; a person's "
			+ "as persons[3].gender) and nothing is stored. possibleMatches flags earlier cases that may be the same "
			+ "person (a name in any script, birth within 2 years, a nationality in common), naming only the organisation "
			+ "holding a case the caller may not see. A retry with the same Idempotency-Key and body by the same caller "
			+ "answers 200 with the operation opened first; the same key with another body is 422.")
	ResponseEntity<OperationView> open(@RequestBody NewOperation body,
			@Parameter(description = "Makes retries safe: at most 100 characters, kept per caller")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale) {
		GroupIntakes.Opened opened = intakes.open(body.group(), idempotencyKey);
		OperationView view = view(opened, locale);
		return (opened.created() ? ResponseEntity.created(URI.create("/api/v1/operations/" + view.id())) : ResponseEntity.ok())
			.header("Cache-Control", "no-store")
			.body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An operation of the caller's organisation: its cases and the possible earlier cases of its "
			+ "persons; 404 for any other")
	ResponseEntity<OperationView> get(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(view(intakes.read(new OperationId(id), "api"), locale));
	}

	private OperationView view(GroupIntakes.Opened o, Locale locale) {
		return OperationView.of(o, o.cases().stream().map(c -> CaseView.Summary.of(c, caseload.screeningClock(c))).toList(),
				matches.of(o.cases(), Actor.current(), locale));
	}

	@Schema(name = "NewOperation", description = "A group intake: the facts the group shares, then each person")
	record NewOperation(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Channel.class) String channel,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", example = "2024-06-05T08:30:00+07:00",
					description = "First contact, ISO-8601 with an offset; not in the future. Every person's 24-hour screening clock starts here.") String firstContactAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^TH-[0-9]{2}$", example = "TH-20",
					description = "ISO 3166-2:TH province of first contact") String provinceCode,
			@Schema(maxLength = 100) String district,
			@Schema(maxLength = 4000, description = "What happened, as told; sealed at rest; on every person's case") String circumstances,
			@ArraySchema(maxItems = 12, uniqueItems = true, schema = @Schema(allowableValues = { "ForcedLabour",
					"SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude", "ForcedMilitaryByNonStateActors",
					"OrganRemoval", "ForcedBegging", "ForcedAdoption", "Surrogacy", "ForcedCriminality", "Other" },
					description = "HTCDS 2.0 vic_TypeOfExploitation value names; ForcedCriminality is TIPNet's own")) List<String> exploitationTypes,
			@ArraySchema(minItems = 1, maxItems = th.tipnet.cases.Operation.MAX_PERSONS, schema = @Schema(implementation = NewPerson.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
							description = "1 to 200 persons; a larger group is several operations")) List<NewPerson> persons) {

		GroupIntake group() {
			return new GroupIntake(channel, firstContactAt, provinceCode, district, circumstances, exploitationTypes,
					persons == null ? null : persons.stream().map(p -> p == null ? null : p.person()).toList());
		}
	}

	@Schema(name = "NewOperationPerson", description = "One person of a group, as a single intake's person")
	record NewPerson(
			@ArraySchema(minItems = 1, maxItems = 10, schema = @Schema(implementation = CasesApi.NewName.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<CasesApi.NewName> names,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "Feminine", "Masculine",
					"TransgenderFeminine", "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown" },
					description = "HTCDS 2.0 prs_Gender value names") String gender,
			@Schema(minimum = "1900", description = "Year of birth (C.E.; 2400 and later is read as B.E.); leave out when unknown") Integer birthYear,
			@Schema(minimum = "1", maximum = "12", description = "Only with birthYear") Integer birthMonth,
			@Schema(minimum = "1", maximum = "31", description = "Only with birthMonth") Integer birthDay,
			@Schema(minimum = "0", maximum = "120", description = "An estimated age, instead of a birth date") Integer estimatedAge,
			@ArraySchema(maxItems = 5, uniqueItems = true, schema = @Schema(pattern = "^[A-Z]{2}$", example = "MM",
					description = "ISO 3166-1 alpha-2")) List<String> nationalities) {

		GroupIntake.Person person() {
			return new GroupIntake.Person(names == null ? null
					: names.stream().map(n -> n == null ? null : new Intake.Name(n.name(), n.kind())).toList(), gender,
					birthYear, birthMonth, birthDay, estimatedAge, nationalities);
		}
	}
}
