package th.tipnet.cases;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A case's person in full over the API (a case has one person; the list form leaves room for the
 * family members a later issue may add). Need-to-know as for the case: the PERSON section.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/persons")
@Tag(name = "Cases (NRM)")
class PersonsApi {

	private final PersonRecords persons;

	PersonsApi(PersonRecords persons) {
		this.persons = persons;
	}

	@GetMapping
	@Operation(summary = "The case's person in full (names in any script, sex and gender, birth, nationalities, languages, "
			+ "identity documents, contacts, special needs), with the case's version as ETag: for the lead organisation, "
			+ "or an organisation whose accepted referral shares the PERSON section; 404 for anybody else. Audited.")
	ResponseEntity<List<PersonView>> list(@PathVariable UUID id) {
		PersonView p = persons.read(new CaseId(id));
		return ResponseEntity.ok()
			.eTag("\"" + p.version() + "\"")
			.header("Cache-Control", "no-store")
			.body(List.of(p));
	}

	@PutMapping
	@Operation(summary = "Record the person's details, whole (names, documents and contacts replace the earlier ones), at "
			+ "the case's version (If-Match, required): 409 when stale; 422 naming each refused field; lead organisation's "
			+ "case workers only (404 for anybody else). A birth that shows the person may have been under 18 at first "
			+ "contact puts the case under the child procedure.")
	ResponseEntity<List<PersonView>> describe(@PathVariable UUID id, @RequestBody NewPersonDetails body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = CasesApiVersions.required(ifMatch);
		PersonView p = persons.describe(new CaseId(id), version, body.details());
		return ResponseEntity.ok()
			.eTag("\"" + p.version() + "\"")
			.header("Cache-Control", "no-store")
			.body(List.of(p));
	}

	@Schema(name = "NewCasePersonDetails")
	record NewPersonDetails(
			@ArraySchema(minItems = 1, maxItems = 10, schema = @Schema(implementation = CasesApi.NewName.class),
					arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
							description = "Every name, in any script (Thai, Burmese, Khmer, Lao, Latin), each with its kind")) List<CasesApi.NewName> names,
			@Schema(implementation = Sex.class) String sex,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "Feminine", "Masculine",
					"TransgenderFeminine", "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown" },
					description = "HTCDS 2.0 prs_Gender value names") String gender,
			@Schema(minimum = "1900", description = "Year of birth (C.E.; 2400 and later is read as B.E.); leave out when unknown") Integer birthYear,
			@Schema(minimum = "1", maximum = "12", description = "Only with birthYear") Integer birthMonth,
			@Schema(minimum = "1", maximum = "31", description = "Only with birthMonth") Integer birthDay,
			@Schema(minimum = "0", maximum = "120", description = "An estimated age, instead of a birth date") Integer estimatedAge,
			@ArraySchema(maxItems = 5, uniqueItems = true, schema = @Schema(pattern = "^[A-Z]{2}$", example = "MM",
					description = "ISO 3166-1 alpha-2")) List<String> nationalities,
			@ArraySchema(maxItems = 10, uniqueItems = true, schema = @Schema(pattern = "^[a-z]{2,3}$", example = "my",
					description = "ISO 639-1, or ISO 639-2/3 for kar (Karen), shn (Shan), mnw (Mon), hmn (Hmong), kdt (Kuy)")) List<String> languages,
			@ArraySchema(maxItems = 10, schema = @Schema(implementation = NewDocument.class)) List<NewDocument> documents,
			@ArraySchema(maxItems = 10, schema = @Schema(implementation = NewContact.class)) List<NewContact> contacts,
			@Schema(maxLength = 2000, description = "Health, disability, pregnancy, care of children...; sealed at rest") String specialNeeds) {

		PersonRecords.Details details() {
			return new PersonRecords.Details(
					names == null ? null : names.stream().map(n -> n == null ? null : new Intake.Name(n.name(), n.kind())).toList(),
					sex, gender, birthYear, birthMonth, birthDay, estimatedAge, nationalities, languages,
					documents == null ? null : documents.stream()
						.map(d -> d == null ? null : new PersonRecords.Details.Document(d.kind(), d.number(), d.issuingCountry()))
						.toList(),
					contacts == null ? null : contacts.stream()
						.map(x -> x == null ? null : new PersonRecords.Details.ContactInput(x.kind(), x.value()))
						.toList(),
					specialNeeds);
		}
	}

	@Schema(name = "NewCasePersonDocument")
	record NewDocument(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = IdentityDocument.Kind.class) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 50, description = "Sealed at rest") String number,
			@Schema(pattern = "^[A-Z]{2}$", description = "ISO 3166-1 alpha-2") String issuingCountry) {
	}

	@Schema(name = "NewCasePersonContact")
	record NewContact(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Contact.Kind.class) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300,
					description = "A phone (digits, +, spaces), an e-mail, a LINE id, an address; sealed at rest") String value) {
	}
}
