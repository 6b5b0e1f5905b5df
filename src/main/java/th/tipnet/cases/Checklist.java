package th.tipnet.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.security.CurrentUser;

/**
 * The screening checklist: which indicators a team answers, in which order and words. Only a
 * network coordinator changes it (a provincial coordinator's province does not get its own list);
 * every change is audited. Indicators are retired, never deleted: screenings keep answers by key.
 * Pages name it {@code @checklist} to word past answers in the reader's language.
 */
@Service("checklist")
class Checklist {

	static final int MAX_TEXT = 300;

	/** The indicators in the order a team answers them: by part of the definition, then by place. */
	static final Comparator<ChecklistIndicator> ORDER = Comparator.comparing(ChecklistIndicator::group)
		.thenComparingInt(ChecklistIndicator::position);

	private final ChecklistIndicators indicators;

	private final AuditTrail audit;

	private final Clock clock;

	/** The wording of every indicator by key, as last read; pages word answers from it (see {@link #text}). */
	private volatile Wordings wordings;

	private record Wordings(Map<String, ChecklistIndicator> byKey, long readAt) {
	}

	/** How long a page may word answers from what it read before: another instance's change shows within this. */
	static final long WORDING_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

	Checklist(ChecklistIndicators indicators, AuditTrail audit, Clock clock) {
		this.indicators = indicators;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a coordinator sends to add or reword an indicator; not yet checked. */
	record Wording(String group, String code, String textTh, String textEn, Boolean required) {
	}

	/** The checklist a screening answers now. */
	@Transactional(readOnly = true)
	List<ChecklistIndicator> active() {
		return indicators.findAllByOrderByPositionAsc().stream().filter(ChecklistIndicator::active).sorted(ORDER).toList();
	}

	/** Every indicator ever on the checklist, the retired ones after the active ones of their part. */
	@Transactional(readOnly = true)
	List<ChecklistIndicator> all() {
		return indicators.findAllByOrderByPositionAsc().stream()
			.sorted(Comparator.comparing(ChecklistIndicator::group)
				.thenComparing(ChecklistIndicator::active, Comparator.reverseOrder())
				.thenComparingInt(ChecklistIndicator::position))
			.toList();
	}

	@Transactional(readOnly = true)
	Map<String, ChecklistIndicator> byKey() {
		Map<String, ChecklistIndicator> byKey = new LinkedHashMap<>();
		all().forEach(i -> byKey.put(i.key(), i));
		return byKey;
	}

	/**
	 * An answered indicator's wording in the reader's language; its key if it was never on the checklist.
	 * A decision has dozens of answers: they are worded from the checklist as read at most
	 * {@link #WORDING_NANOS} ago (this instance's own changes show at once), not one query each.
	 */
	public String text(String key, Locale reader) {
		Wordings w = wordings;
		if (w == null || System.nanoTime() - w.readAt() > WORDING_NANOS) {
			w = new Wordings(byKey(), System.nanoTime());
			wordings = w;
		}
		ChecklistIndicator i = w.byKey().get(key);
		return i == null ? key : i.text(reader);
	}

	/** Pages word answers anew once a change is committed. */
	private void forgetWordings() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wordings = null;
				}
			});
		}
		wordings = null;
	}

	/** Adds an indicator at the end of its part, keyed by its part and HTCDS code ({@code MEANS:DebtBondage.2} when taken). */
	@Transactional
	ChecklistIndicator add(Wording in) {
		requireNetworkCoordinator();
		List<Violation> v = new ArrayList<>();
		Indicator.Group group = group(in.group(), v);
		if (group != null && !Indicator.codesOf(group).contains(in.code() == null ? "" : in.code())) {
			v.add(new Violation("code", "cases.error.indicatorCode"));
		}
		wording(in, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		String key = freeKey(group + ":" + in.code());
		int last = indicators.findAllByOrderByPositionAsc().stream().mapToInt(ChecklistIndicator::position).max().orElse(0);
		ChecklistIndicator added = indicators.save(new ChecklistIndicator(key, group, in.code(), in.textTh().strip(),
				in.textEn().strip(), last + 1, Boolean.TRUE.equals(in.required())));
		forgetWordings();
		audit.record(CasesAudit.INDICATOR, added.id(), CasesAudit.INDICATOR_ADDED, Changes.none()
			.note("key", key)
			.note("textTh", added.textTh())
			.note("textEn", added.textEn())
			.note("required", added.required()));
		return added;
	}

	/** Rewords an active indicator at the version the coordinator saw; its part and code stay. */
	@Transactional
	ChecklistIndicator reword(UUID id, long version, Wording in) {
		ChecklistIndicator i = editable(id, version);
		List<Violation> v = new ArrayList<>();
		wording(in, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Changes changes = Changes.none()
			.note("key", i.key())
			.field("textTh", i.textTh(), in.textTh().strip())
			.field("textEn", i.textEn(), in.textEn().strip())
			.field("required", i.required(), Boolean.TRUE.equals(in.required()));
		i.reword(in.textTh().strip(), in.textEn().strip(), Boolean.TRUE.equals(in.required()));
		indicators.save(i);
		forgetWordings();
		audit.record(CasesAudit.INDICATOR, i.id(), CasesAudit.INDICATOR_CHANGED, changes);
		return i;
	}

	/** Retires an indicator: screenings from now on do not ask it, past ones keep their answers. */
	@Transactional
	ChecklistIndicator retire(UUID id, long version) {
		ChecklistIndicator i = editable(id, version);
		i.retire(clock.instant());
		indicators.save(i);
		forgetWordings();
		audit.record(CasesAudit.INDICATOR, i.id(), CasesAudit.INDICATOR_RETIRED, Changes.none().note("key", i.key()));
		return i;
	}

	/** Puts an active indicator at {@code place} (from 1) among its part's active ones; the others keep their order. */
	@Transactional
	ChecklistIndicator move(UUID id, long version, Integer place) {
		ChecklistIndicator i = editable(id, version);
		List<ChecklistIndicator> part = new ArrayList<>(active().stream().filter(x -> x.group() == i.group()).toList());
		if (place == null || place < 1 || place > part.size()) {
			throw DomainException.invalid("position", "cases.error.indicatorPosition", part.size());
		}
		int from = part.indexOf(i);
		List<Integer> places = part.stream().map(ChecklistIndicator::position).toList();
		part.remove(from);
		part.add(place - 1, i);
		for (int p = 0; p < part.size(); p++) {
			if (part.get(p).position() != places.get(p)) {
				part.get(p).moveTo(places.get(p));
				indicators.save(part.get(p));
			}
		}
		forgetWordings();
		audit.record(CasesAudit.INDICATOR, i.id(), CasesAudit.INDICATOR_MOVED, Changes.none().note("key", i.key()).field("place", from + 1, place));
		return i;
	}

	@Transactional(readOnly = true)
	ChecklistIndicator get(UUID id) {
		return indicators.findById(id).orElseThrow(() -> DomainException.notFound("indicator"));
	}

	static boolean editsChecklist() {
		return CurrentUser.hasRole(Oversight.NETWORK_COORDINATOR);
	}

	private ChecklistIndicator editable(UUID id, long version) {
		requireNetworkCoordinator();
		ChecklistIndicator i = get(id);
		DomainException.requireVersion(i.version(), version);
		if (!i.active()) {
			throw DomainException.conflict("cases.error.indicatorRetired");
		}
		return i;
	}

	private static void requireNetworkCoordinator() {
		if (!editsChecklist()) {
			throw DomainException.forbidden();
		}
	}

	private String freeKey(String wanted) {
		String key = wanted;
		for (int n = 2; indicators.existsByKey(key); n++) {
			key = wanted + "." + n;
		}
		return key;
	}

	private static Indicator.Group group(String given, List<Violation> v) {
		for (Indicator.Group g : Indicator.Group.values()) {
			if (g.name().equals(given)) {
				return g;
			}
		}
		v.add(new Violation("group", "cases.error.indicatorGroup"));
		return null;
	}

	private static void wording(Wording in, List<Violation> v) {
		InputRules.text(v, "textTh", in.textTh(), MAX_TEXT, true);
		InputRules.text(v, "textEn", in.textEn(), MAX_TEXT, true);
	}
}
