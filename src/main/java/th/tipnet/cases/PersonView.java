package th.tipnet.cases;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case's person in full, as the API gives it (built inside the reading transaction: documents and contacts load lazily). */
@Schema(name = "CasePerson")
record PersonView(UUID caseId, long version, List<CaseView.Name> names, String sex, String gender, CaseView.Birth birth,
		boolean childProcedure, List<String> nationalities, List<String> languages, List<Document> documents,
		List<ContactView> contacts, String specialNeeds) {

	@Schema(name = "CasePersonDocument")
	record Document(String kind, String number, String issuingCountry) {
	}

	@Schema(name = "CasePersonContact")
	record ContactView(String kind, String value) {
	}

	static PersonView of(Case c) {
		CaseView.Person p = CaseView.of(c, new ScreeningClock(c.screeningDueAt(), c.screeningDueAt(), null)).person();
		return new PersonView(c.id().value(), c.version(), p.names(), c.sex().map(Enum::name).orElse(null), p.gender(),
				p.birth(), c.childProcedure(), p.nationalities(), List.copyOf(c.languages()),
				c.documents().stream().map(d -> new Document(d.kind().name(), d.number(), d.issuingCountry())).toList(),
				c.contacts().stream().map(x -> new ContactView(x.kind().name(), x.value())).toList(), c.specialNeeds());
	}
}
