package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.tipnet.common.InvalidInput;

/**
 * The person form as the browser posts it: rows for names, identity documents and contacts (rows
 * left empty are left out, and a message about a row is put back beside that row), the usual
 * nationalities and languages as boxes to tick plus one more of each. A form-backing bean:
 * {@link PersonRecords} checks what it holds, as it checks the API's body.
 */
class PersonForm extends PersonFields {

	static final int EMPTY_ROWS = 2;

	private static final Pattern ROW = Pattern.compile("^(names|documents|contacts)\\[(\\d+)]");

	private long version;

	private String sex;

	private String otherNationality;

	private List<String> languages = new ArrayList<>();

	private String otherLanguage;

	private List<DocumentRow> documents = new ArrayList<>();

	private List<ContactRow> contacts = new ArrayList<>();

	private String specialNeeds;

	/** The form filled with the person as recorded; the year of birth in B.E. on a Thai page. */
	static PersonForm of(PersonView p, boolean thai) {
		PersonForm f = new PersonForm();
		f.version = p.version();
		p.names().forEach(n -> f.names.add(nameRow(n.name(), n.kind())));
		f.sex = p.sex();
		f.gender = p.gender();
		CaseView.Birth b = p.birth();
		f.birthYear = b.year() == null ? null : thai ? b.year() + 543 : b.year();
		f.birthMonth = b.month();
		f.birthDay = b.day();
		f.estimatedAge = b.estimatedAge();
		f.nationalities.addAll(p.nationalities());
		f.languages.addAll(p.languages());
		p.documents().forEach(d -> f.documents.add(new DocumentRow(d.kind(), d.number(), d.issuingCountry())));
		p.contacts().forEach(c -> f.contacts.add(new ContactRow(c.kind(), c.value())));
		f.specialNeeds = p.specialNeeds();
		f.fillRows();
		return f;
	}

	/** A couple of empty rows to type a new name, document or contact into. */
	void fillRows() {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			if (names.stream().filter(n -> blank(n.getName())).count() < EMPTY_ROWS) {
				names.add(nameRow(null, NameKind.ALIAS.name()));
			}
			if (documents.stream().filter(DocumentRow::empty).count() < 1) {
				documents.add(new DocumentRow(null, null, null));
			}
			if (contacts.stream().filter(ContactRow::empty).count() < 1) {
				contacts.add(new ContactRow(null, null));
			}
		}
	}

	PersonRecords.Details details() {
		List<String> allNationalities = with(nationalities, otherNationality == null ? null : otherNationality.strip());
		List<String> allLanguages = with(languages, otherLanguage == null ? null : otherLanguage.strip().toLowerCase(Locale.ROOT));
		return new PersonRecords.Details(
				names.stream().map(n -> new Intake.Name(n.getName(), n.getKind())).toList(), sex, gender, birthYear,
				birthMonth, birthDay, estimatedAge, allNationalities, allLanguages,
				filled(documents, DocumentRow::empty).stream()
					.map(d -> new PersonRecords.Details.Document(d.getKind(), d.getNumber(), d.getIssuingCountry()))
					.toList(),
				filled(contacts, ContactRow::empty).stream()
					.map(c -> new PersonRecords.Details.ContactInput(c.getKind(), c.getValue()))
					.toList(),
				specialNeeds);
	}

	/**
	 * The refusal with each row's message moved back to the row the user typed in: empty rows were
	 * left out of {@link #details()}, so the n-th document sent may be a later row of the form.
	 */
	InvalidInput onRows(InvalidInput refused) {
		return new InvalidInput(refused.violations().stream().map(v -> {
			Matcher m = ROW.matcher(v.field());
			if (!m.find() || "names".equals(m.group(1))) {
				return v;
			}
			int sent = Integer.parseInt(m.group(2));
			int row = "documents".equals(m.group(1)) ? rowOf(documents, DocumentRow::empty, sent)
					: rowOf(contacts, ContactRow::empty, sent);
			return new InvalidInput.Violation(m.replaceFirst(m.group(1) + "[" + row + "]"), v.messageKey(), v.arguments());
		}).toList());
	}

	private static <T> List<T> filled(List<T> rows, Predicate<T> empty) {
		return rows.stream().filter(empty.negate()).toList();
	}

	private static <T> int rowOf(List<T> rows, Predicate<T> empty, int sent) {
		int seen = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!empty.test(rows.get(i)) && ++seen == sent) {
				return i;
			}
		}
		return sent;
	}

	private static List<String> with(List<String> ticked, String other) {
		List<String> all = new ArrayList<>(ticked);
		if (other != null && !other.isEmpty() && !all.contains(other)) {
			all.add(other);
		}
		return all;
	}

	private static IntakeForm.NameRow nameRow(String name, String kind) {
		IntakeForm.NameRow row = new IntakeForm.NameRow();
		row.setName(name);
		row.setKind(kind);
		return row;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** One identity document row: kind, number and the issuing country. */
	public static class DocumentRow {

		private String kind;

		private String number;

		private String issuingCountry;

		public DocumentRow() {
		}

		DocumentRow(String kind, String number, String issuingCountry) {
			this.kind = kind;
			this.number = number;
			this.issuingCountry = issuingCountry;
		}

		boolean empty() {
			return blank(number) && blank(issuingCountry);
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getIssuingCountry() {
			return issuingCountry;
		}

		public void setIssuingCountry(String issuingCountry) {
			this.issuingCountry = issuingCountry;
		}
	}

	/** One contact row: kind and value. */
	public static class ContactRow {

		private String kind;

		private String value;

		public ContactRow() {
		}

		ContactRow(String kind, String value) {
			this.kind = kind;
			this.value = value;
		}

		boolean empty() {
			return blank(value);
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getSex() {
		return sex;
	}

	public void setSex(String sex) {
		this.sex = sex;
	}

	public String getOtherNationality() {
		return otherNationality;
	}

	public void setOtherNationality(String otherNationality) {
		this.otherNationality = otherNationality;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getOtherLanguage() {
		return otherLanguage;
	}

	public void setOtherLanguage(String otherLanguage) {
		this.otherLanguage = otherLanguage;
	}

	public List<DocumentRow> getDocuments() {
		return documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public String getSpecialNeeds() {
		return specialNeeds;
	}

	public void setSpecialNeeds(String specialNeeds) {
		this.specialNeeds = specialNeeds;
	}
}
