package th.tipnet.cases;

import static th.tipnet.common.InputRules.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The person of a case, in full: names in any script, sex and gender, birth, nationalities and
 * languages, identity documents, contacts and special needs. Read by whoever may see the case's
 * PERSON section ({@link Caseload#view}: the lead organisation, or one whose accepted referral
 * shares it), changed by the lead organisation's case workers only, at the version they read.
 * Every read and change is audited, never with a value.
 */
@Service
class PersonRecords {

	static final int MAX_DOCUMENTS = 10;

	static final int MAX_CONTACTS = 10;

	static final int MAX_LANGUAGES = 10;

	/** ISO 639-1 codes, their ISO 639-2 forms, and languages of the region that have only a three-letter code. */
	static final Set<String> LANGUAGES = Stream.concat(Stream.of(Locale.getISOLanguages()).flatMap(l -> {
		String three = Locale.forLanguageTag(l).getISO3Language();
		return Stream.of(l, three);
	}), Stream.of("kar", "shn", "mnw", "hmn", "kdt")).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());

	private final Caseload caseload;

	private final Cases cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entities;

	PersonRecords(Caseload caseload, Cases cases, AuditTrail audit, Clock clock, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.caseload = caseload;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a person's details are, as sent: codes and numbers not yet checked. */
	record Details(List<Intake.Name> names, String sex, String gender, Integer birthYear, Integer birthMonth,
			Integer birthDay, Integer estimatedAge, List<String> nationalities, List<String> languages,
			List<Document> documents, List<ContactInput> contacts, String specialNeeds) {

		record Document(String kind, String number, String issuingCountry) {
		}

		record ContactInput(String kind, String value) {
		}

		Details {
			names = names == null ? List.of() : names;
			nationalities = nationalities == null ? List.of() : nationalities;
			languages = languages == null ? List.of() : languages;
			documents = documents == null ? List.of() : documents;
			contacts = contacts == null ? List.of() : contacts;
		}
	}

	/** The case's person, for a reader who may see the PERSON section; "not found" for anybody else. */
	@Transactional
	PersonView read(CaseId id) {
		CaseView seen = caseload.view(id, "api-persons");
		if (seen.person() == null) {
			throw DomainException.notFound("case");
		}
		return PersonView.of(cases.findByIdAndLeadOrganisationId(id.value(), seen.leadOrganisationId())
			.orElseThrow(() -> DomainException.notFound("case")));
	}

	/** The person as a page shows it: the case's number and whether the reader may change the details (the lead organisation). */
	record Shown(PersonView person, String caseNumber, boolean editable) {
	}

	/** The case's person for its page, read as {@link #read} reads it (audited, "not found" for anybody who may not see it). */
	@Transactional
	Shown show(CaseId id, String via) {
		CaseView seen = caseload.view(id, via);
		if (seen.person() == null) {
			throw DomainException.notFound("case");
		}
		Case c = cases.findByIdAndLeadOrganisationId(id.value(), seen.leadOrganisationId())
			.orElseThrow(() -> DomainException.notFound("case"));
		boolean leads = Caseload.caseWorker().map(a -> a.organisationId().equals(c.leadOrganisationId())).orElse(false);
		return new Shown(PersonView.of(c), seen.caseNumber(), leads);
	}

	/** Records the person's details, whole, at the version read (409 when stale); lead organisation only. */
	@Transactional
	PersonView describe(CaseId id, long version, Details details) {
		Actor actor = Caseload.caseWorker().orElseThrow(() -> DomainException.notFound("case"));
		Case c = cases.findByIdAndLeadOrganisationId(id.value(), actor.organisationId())
			.orElseThrow(() -> DomainException.notFound("case"));
		DomainException.requireVersion(c.version(), version);
		boolean wasChild = c.childProcedure();
		c.describePerson(read(details, c), actor, clock);
		audit.record(CasesAudit.CASE, c.id(), CasesAudit.PERSON_DESCRIBED, Changes.none()
			.note("names", c.names().size())
			.note("documents", c.documents().size())
			.note("contacts", c.contacts().size())
			.note("languages", c.languages())
			.field("childProcedure", wasChild, c.childProcedure()));
		cases.save(c);
		// Written now, so the view carries the version the change made (the ETag for the next change).
		entities.flush();
		return PersonView.of(c);
	}

	private Case.Person read(Details in, Case c) {
		List<Violation> v = new ArrayList<>();
		List<PersonName> names = caseload.names(in.names(), v);
		Sex sex = in.sex() == null || in.sex().isBlank() ? null
				: Caseload.enumValue(Sex.class, in.sex(), "sex", "cases.error.sex", v);
		Gender gender = Caseload.gender(in.gender(), v);
		Birth birth = Caseload.birth(new Intake(null, null, null, null, null, null, null, null, in.birthYear(),
				in.birthMonth(), in.birthDay(), in.estimatedAge(), null), c.firstContactAt(), v);
		Set<String> nationalities = Caseload.nationalities(in.nationalities(), v);
		Set<String> languages = languages(in.languages(), v);
		List<IdentityDocument> documents = documents(in.documents(), v);
		List<Contact> contacts = contacts(in.contacts(), v);
		text(v, "specialNeeds", in.specialNeeds(), 2000, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new Case.Person(names, sex, gender, birth, nationalities, languages, documents, contacts,
				Caseload.blankToNull(in.specialNeeds()));
	}

	private static Set<String> languages(List<String> codes, List<Violation> v) {
		Set<String> found = new LinkedHashSet<>();
		if (codes.size() > MAX_LANGUAGES) {
			v.add(new Violation("languages", "cases.error.languagesTooMany", MAX_LANGUAGES));
			return found;
		}
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i) == null ? "" : codes.get(i).strip().toLowerCase(Locale.ROOT);
			if (!LANGUAGES.contains(code)) {
				v.add(new Violation("languages[" + i + "]", "cases.error.language"));
			}
			else {
				found.add(code);
			}
		}
		return found;
	}

	private static List<IdentityDocument> documents(List<Details.Document> given, List<Violation> v) {
		List<IdentityDocument> found = new ArrayList<>();
		if (given.size() > MAX_DOCUMENTS) {
			v.add(new Violation("documents", "cases.error.documentsTooMany", MAX_DOCUMENTS));
			return found;
		}
		for (int i = 0; i < given.size(); i++) {
			Details.Document d = given.get(i);
			String at = "documents[" + i + "]";
			if (d == null) {
				v.add(new Violation(at, "error.required"));
				continue;
			}
			IdentityDocument.Kind kind = Caseload.enumValue(IdentityDocument.Kind.class, d.kind(), at + ".kind",
					"cases.error.documentKind", v);
			int before = v.size();
			text(v, at + ".number", d.number(), 50, true);
			String country = d.issuingCountry() == null || d.issuingCountry().isBlank() ? null
					: d.issuingCountry().strip().toUpperCase(Locale.ROOT);
			if (country != null && !Set.of(Locale.getISOCountries()).contains(country)) {
				v.add(new Violation(at + ".issuingCountry", "cases.error.nationality"));
			}
			if (kind != null && v.size() == before) {
				found.add(new IdentityDocument(kind, d.number().strip(), country));
			}
		}
		return found;
	}

	private static List<Contact> contacts(List<Details.ContactInput> given, List<Violation> v) {
		List<Contact> found = new ArrayList<>();
		if (given.size() > MAX_CONTACTS) {
			v.add(new Violation("contacts", "cases.error.contactsTooMany", MAX_CONTACTS));
			return found;
		}
		for (int i = 0; i < given.size(); i++) {
			Details.ContactInput c = given.get(i);
			String at = "contacts[" + i + "]";
			if (c == null) {
				v.add(new Violation(at, "error.required"));
				continue;
			}
			Contact.Kind kind = Caseload.enumValue(Contact.Kind.class, c.kind(), at + ".kind", "cases.error.contactKind", v);
			int before = v.size();
			if (kind == Contact.Kind.EMAIL) {
				InputRules.email(v, at + ".value", c.value(), true);
			}
			else if (kind == Contact.Kind.PHONE) {
				text(v, at + ".value", c.value(), 40, true);
				if (v.size() == before) {
					InputRules.phone(v, at + ".value", c.value());
				}
			}
			else {
				text(v, at + ".value", c.value(), 300, true);
			}
			if (kind != null && v.size() == before) {
				found.add(new Contact(kind, c.value().strip()));
			}
		}
		return found;
	}
}
