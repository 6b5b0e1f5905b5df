package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * The secretariat's form for a round and its categories, as the browser posts it: dates typed in
 * the reader's era, a category's eligibility checklist one requirement a line ("Thai | English").
 * {@link #plan()} checks every field at once and names each one at fault.
 */
class RoundForm {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private String yearBe;

	private String titleTh;

	private String titleEn;

	private String nominationsOpen;

	private String nominationsClose;

	private String judgingOpen;

	private String judgingClose;

	private String announcement;

	private boolean blindJudging;

	private long version;

	private List<CategoryForm> categories = new ArrayList<>();

	/** The form filled from a round, in the reader's era; one empty category to add at the end. */
	static RoundForm of(AwardRound round, Dates dates, Locale locale) {
		RoundForm f = new RoundForm();
		f.yearBe = String.valueOf(round.yearBe());
		f.titleTh = round.titleTh();
		f.titleEn = round.titleEn();
		Windows w = round.windows();
		f.nominationsOpen = dates.typed(w.nominationsOpen(), locale);
		f.nominationsClose = dates.typed(w.nominationsClose(), locale);
		f.judgingOpen = dates.typed(w.judgingOpen(), locale);
		f.judgingClose = dates.typed(w.judgingClose(), locale);
		f.announcement = dates.typed(w.announcement(), locale);
		f.blindJudging = round.blindJudging();
		f.version = round.version();
		round.categories().forEach(c -> f.categories.add(CategoryForm.of(c)));
		f.categories.add(new CategoryForm());
		return f;
	}

	/**
	 * The round as planned, every field checked: the year (2500–2800), titles, the five windows
	 * (readable, then in order) and each category kept (code, names, kind, quota 1–100, prize, criteria,
	 * checklist; no code twice). A category row left empty is ignored, one marked for removal left out.
	 */
	AwardRound.Plan plan() {
		List<Violation> v = new ArrayList<>();
		int year = year(v);
		InputRules.text(v, "titleTh", titleTh, 200, true);
		InputRules.text(v, "titleEn", titleEn, 200, true);
		Instant[] at = { instant(v, "nominationsOpen", nominationsOpen), instant(v, "nominationsClose", nominationsClose),
				instant(v, "judgingOpen", judgingOpen), instant(v, "judgingClose", judgingClose),
				instant(v, "announcement", announcement) };
		Windows windows = new Windows(at[0], at[1], at[2], at[3], at[4]);
		if (v.stream().noneMatch(x -> x.field().startsWith("nominations") || x.field().startsWith("judging")
				|| x.field().equals("announcement"))) {
			try {
				windows.checked();
			}
			catch (DomainException e) {
				v.add(new Violation(e.field(), e.messageKey(), e.arguments()));
			}
		}
		List<AwardCategory.Plan> plans = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			CategoryForm c = categories.get(i);
			if (c.kept()) {
				plans.add(c.plan(v, "categories[" + i + "].", codes));
			}
		}
		if (plans.isEmpty() || plans.size() > AwardRound.MAX_CATEGORIES) {
			v.add(new Violation("categories", "awards.error.categories", AwardRound.MAX_CATEGORIES));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new AwardRound.Plan(year, titleTh, titleEn, windows, blindJudging, plans);
	}

	/** The categories kept, in order: the one each revises, or null for a new one. */
	List<UUID> categoryIds() {
		return categories.stream().filter(CategoryForm::kept).map(CategoryForm::existing).toList();
	}

	private int year(List<Violation> v) {
		try {
			int y = Integer.parseInt(yearBe == null ? "" : yearBe.strip());
			if (y >= AwardRound.EARLIEST_YEAR_BE && y <= AwardRound.LATEST_YEAR_BE) {
				return y;
			}
		}
		catch (NumberFormatException e) {
			// not a number: refused as out of range below
		}
		v.add(new Violation("yearBe", "awards.error.year", AwardRound.EARLIEST_YEAR_BE, AwardRound.LATEST_YEAR_BE));
		return 0;
	}

	private static Instant instant(List<Violation> v, String field, String text) {
		if (text == null || text.isBlank()) {
			v.add(new Violation(field, "error.required"));
			return null;
		}
		var typed = Dates.read(text);
		if (typed.isEmpty() || typed.get().time() == null) {
			v.add(new Violation(field, "common.dateTime.unreadable"));
			return null;
		}
		return typed.get().dateTime().atZone(Dates.BANGKOK).toInstant();
	}

	/** One category's row of the form. */
	static class CategoryForm {

		private String id;

		private String code;

		private String nameTh;

		private String nameEn;

		private String nomineeKind;

		private String quota;

		private boolean plaque;

		private String prizeBaht;

		private String criteriaTh;

		private String criteriaEn;

		private String eligibility;

		private boolean remove;

		static CategoryForm of(AwardCategory c) {
			CategoryForm f = new CategoryForm();
			f.id = c.id().toString();
			f.code = c.code();
			f.nameTh = c.nameTh();
			f.nameEn = c.nameEn();
			f.nomineeKind = c.nomineeKind().name();
			f.quota = String.valueOf(c.quota());
			f.plaque = c.plaque();
			f.prizeBaht = c.prizeBaht() == null ? "" : c.prizeBaht().stripTrailingZeros().toPlainString();
			f.criteriaTh = c.criteriaTh();
			f.criteriaEn = c.criteriaEn();
			f.eligibility = String.join("\n", c.eligibility().stream().map(e -> e.textTh() + " | " + e.textEn()).toList());
			return f;
		}

		/** Neither marked for removal nor a new row left empty. */
		boolean kept() {
			return !remove && (existing() != null || !blank(code) || !blank(nameTh) || !blank(nameEn));
		}

		UUID existing() {
			try {
				return blank(id) ? null : UUID.fromString(id.strip());
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

		AwardCategory.Plan plan(List<Violation> v, String prefix, Set<String> codes) {
			String c = code == null ? "" : code.strip();
			if (!CODE.matcher(c).matches()) {
				v.add(new Violation(prefix + "code", "awards.error.code"));
			}
			else if (!codes.add(c)) {
				v.add(new Violation(prefix + "code", "awards.error.codeTwice", c));
			}
			InputRules.text(v, prefix + "nameTh", nameTh, 200, true);
			InputRules.text(v, prefix + "nameEn", nameEn, 200, true);
			NomineeKind kind = null;
			try {
				kind = NomineeKind.valueOf(nomineeKind == null ? "" : nomineeKind.strip());
			}
			catch (IllegalArgumentException e) {
				v.add(new Violation(prefix + "nomineeKind", "awards.error.noSuchKind"));
			}
			int q = 0;
			try {
				q = Integer.parseInt(quota == null ? "" : quota.strip());
			}
			catch (NumberFormatException e) {
				q = 0;
			}
			if (q < 1 || q > AwardCategory.MAX_QUOTA) {
				v.add(new Violation(prefix + "quota", "awards.error.quota", AwardCategory.MAX_QUOTA));
			}
			BigDecimal prize = null;
			if (!blank(prizeBaht)) {
				try {
					prize = new BigDecimal(prizeBaht.strip().replace(",", ""));
					if (prize.signum() < 0 || prize.precision() - prize.scale() > 10) {
						v.add(new Violation(prefix + "prizeBaht", "awards.error.prize"));
					}
				}
				catch (NumberFormatException e) {
					v.add(new Violation(prefix + "prizeBaht", "awards.error.prize"));
				}
			}
			InputRules.text(v, prefix + "criteriaTh", criteriaTh, 4000, false);
			InputRules.text(v, prefix + "criteriaEn", criteriaEn, 4000, false);
			return new AwardCategory.Plan(c, nameTh, nameEn, kind, q, plaque, prize, criteriaTh, criteriaEn,
					requirements(v, prefix + "eligibility"));
		}

		private List<EligibilityItem> requirements(List<Violation> v, String field) {
			List<EligibilityItem> items = new ArrayList<>();
			if (blank(eligibility)) {
				return items;
			}
			for (String line : eligibility.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|", 2);
				if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].strip().length() > 500
						|| parts[1].strip().length() > 500) {
					v.add(new Violation(field, "awards.error.eligibilityLine"));
					return items;
				}
				items.add(new EligibilityItem(parts[0].strip(), parts[1].strip()));
			}
			return items;
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getNameTh() {
			return nameTh;
		}

		public void setNameTh(String nameTh) {
			this.nameTh = nameTh;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNomineeKind() {
			return nomineeKind;
		}

		public void setNomineeKind(String nomineeKind) {
			this.nomineeKind = nomineeKind;
		}

		public String getQuota() {
			return quota;
		}

		public void setQuota(String quota) {
			this.quota = quota;
		}

		public boolean isPlaque() {
			return plaque;
		}

		public void setPlaque(boolean plaque) {
			this.plaque = plaque;
		}

		public String getPrizeBaht() {
			return prizeBaht;
		}

		public void setPrizeBaht(String prizeBaht) {
			this.prizeBaht = prizeBaht;
		}

		public String getCriteriaTh() {
			return criteriaTh;
		}

		public void setCriteriaTh(String criteriaTh) {
			this.criteriaTh = criteriaTh;
		}

		public String getCriteriaEn() {
			return criteriaEn;
		}

		public void setCriteriaEn(String criteriaEn) {
			this.criteriaEn = criteriaEn;
		}

		public String getEligibility() {
			return eligibility;
		}

		public void setEligibility(String eligibility) {
			this.eligibility = eligibility;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}
	}

	public String getYearBe() {
		return yearBe;
	}

	public void setYearBe(String yearBe) {
		this.yearBe = yearBe;
	}

	public String getTitleTh() {
		return titleTh;
	}

	public void setTitleTh(String titleTh) {
		this.titleTh = titleTh;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getNominationsOpen() {
		return nominationsOpen;
	}

	public void setNominationsOpen(String nominationsOpen) {
		this.nominationsOpen = nominationsOpen;
	}

	public String getNominationsClose() {
		return nominationsClose;
	}

	public void setNominationsClose(String nominationsClose) {
		this.nominationsClose = nominationsClose;
	}

	public String getJudgingOpen() {
		return judgingOpen;
	}

	public void setJudgingOpen(String judgingOpen) {
		this.judgingOpen = judgingOpen;
	}

	public String getJudgingClose() {
		return judgingClose;
	}

	public void setJudgingClose(String judgingClose) {
		this.judgingClose = judgingClose;
	}

	public String getAnnouncement() {
		return announcement;
	}

	public void setAnnouncement(String announcement) {
		this.announcement = announcement;
	}

	public boolean isBlindJudging() {
		return blindJudging;
	}

	public void setBlindJudging(boolean blindJudging) {
		this.blindJudging = blindJudging;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<CategoryForm> getCategories() {
		return categories;
	}

	public void setCategories(List<CategoryForm> categories) {
		this.categories = categories;
	}

	/** The address (slug) of the event holding the award ceremony, blank for none; kept by {@link CeremonyDesk}. */
	private String ceremonyEvent;

	public String getCeremonyEvent() {
		return ceremonyEvent;
	}

	public void setCeremonyEvent(String ceremonyEvent) {
		this.ceremonyEvent = ceremonyEvent;
	}
}
