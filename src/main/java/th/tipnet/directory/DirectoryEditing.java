package th.tipnet.directory;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Changes to the directory, each within the editor's {@link EditingScope}, validated, audited with
 * what changed, protected against lost updates by the version, and re-indexed for search.
 */
@Service
class DirectoryEditing {

	/** Profiles older than this are due for their organisation to confirm them. */
	public static final Duration VERIFY_EVERY = Duration.ofDays(180);

	private final Organisations organisations;

	private final Provinces provinces;

	private final ServiceTypes serviceTypes;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryEditing(Organisations organisations, Provinces provinces, ServiceTypes serviceTypes, AuditTrail audit,
			EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.provinces = provinces;
		this.serviceTypes = serviceTypes;
		this.audit = audit;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	/** May the current user edit this organisation's profile? (Pages use it to offer the edit button.) */
	@Transactional(readOnly = true)
	public boolean mayEdit(Organisation organisation) {
		return EditingScope.current().mayEdit(organisation);
	}

	@Transactional(readOnly = true)
	public boolean mayRestructure() {
		return EditingScope.current().mayRestructure();
	}

	@Transactional(readOnly = true)
	public boolean coordinates() {
		return EditingScope.current().coordinates();
	}

	/** The organisation, if the current user may edit it; otherwise "not found" or "forbidden". */
	@Transactional(readOnly = true)
	public Organisation editable(UUID id) {
		EditingScope scope = EditingScope.current();
		if (!scope.mayEditAny()) {
			throw DomainException.forbidden();
		}
		Organisation o = organisations.findById(id).orElseThrow(() -> DomainException.notFound("organisation"));
		if (!scope.mayEdit(o)) {
			throw DomainException.forbidden();
		}
		return o;
	}

	@Transactional
	public Organisation create(Profile profile) {
		if (!EditingScope.current().mayRestructure()) {
			throw DomainException.forbidden();
		}
		Profile clean = normalise(profile);
		check(null, clean);
		if (organisations.existsByNameThIgnoreCase(clean.nameTh())) {
			throw new InvalidInput(List.of(new Violation("nameTh", "directory.organisation.duplicate")));
		}
		Organisation created = organisations.save(Organisation.register(clean, serviceTypesByCode(), clock.instant()));
		audit.record(DirectoryAudit.ORGANISATION, created.id(), DirectoryAudit.ORGANISATION_CREATED, diff(empty(), clean));
		reindex(created);
		return created;
	}

	@Transactional
	public Organisation update(UUID id, long expectedVersion, Profile profile) {
		EditingScope scope = EditingScope.current();
		if (!scope.mayEditAny()) {
			throw DomainException.forbidden();
		}
		Organisation o = organisations.findById(id).orElseThrow(() -> DomainException.notFound("organisation"));
		if (!scope.mayEdit(o)) {
			throw DomainException.forbidden();
		}
		DomainException.requireVersion(o.version(), expectedVersion);
		Profile before = o.profile();
		Profile clean = normalise(profile);
		List<Violation> problems = new java.util.ArrayList<>();
		if (!scope.mayRestructure()) {
			if (clean.sector() != before.sector()) {
				problems.add(new Violation("sector", "directory.restructure.coordinatorsOnly"));
			}
			if (!Objects.equals(clean.parentId(), before.parentId())) {
				problems.add(new Violation("parentId", "directory.restructure.coordinatorsOnly"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		check(o.id(), clean);
		o.revise(clean, serviceTypesByCode(), clock.instant());
		organisations.save(o);
		entityManager.flush();
		Changes changes = diff(before, clean);
		if (!changes.isEmpty()) {
			audit.record(DirectoryAudit.ORGANISATION, o.id(), DirectoryAudit.ORGANISATION_UPDATED, changes);
		}
		if (!Objects.equals(before.parentId(), clean.parentId()) || !before.provinces().equals(clean.provinces())) {
			events.publishEvent(new OrganisationPlacementChanged(OrganisationId.of(o.id())));
		}
		reindex(o);
		return o;
	}

	/** One click by the organisation: its profile is still right. */
	@Transactional
	public Organisation confirmVerified(UUID id) {
		Organisation o = editable(id);
		o.confirmVerified(Actor.current().name(), clock.instant());
		organisations.save(o);
		audit.record(DirectoryAudit.ORGANISATION, o.id(), DirectoryAudit.ORGANISATION_VERIFIED, Changes.none());
		return o;
	}

	@Transactional
	public Organisation deactivate(UUID id, long expectedVersion) {
		return changeStatus(DirectoryAudit.ORGANISATION_DEACTIVATED, id, expectedVersion, Organisation::deactivate, "ACTIVE", "INACTIVE");
	}

	@Transactional
	public Organisation reactivate(UUID id, long expectedVersion) {
		return changeStatus(DirectoryAudit.ORGANISATION_REACTIVATED, id, expectedVersion, Organisation::reactivate, "INACTIVE", "ACTIVE");
	}

	/** Takes an organisation out of the directory or back in: audited as {@code action}, reindexed. */
	private Organisation changeStatus(DirectoryAudit action, UUID id, long expectedVersion, BiConsumer<Organisation, Instant> change,
			String from, String to) {
		Organisation o = restructurable(id, expectedVersion);
		change.accept(o, clock.instant());
		audit.record(DirectoryAudit.ORGANISATION, o.id(), action, Changes.none().field("status", from, to));
		reindex(o);
		return o;
	}

	/**
	 * Merges a duplicate into the record that stays: the duplicate's children move to the survivor,
	 * its members follow (the identity module listens), and the duplicate is retired, not deleted.
	 */
	@Transactional
	public Organisation merge(UUID duplicateId, long expectedVersion, UUID survivorId) {
		Organisation duplicate = restructurable(duplicateId, expectedVersion);
		Organisation survivor = organisations.findById(survivorId)
			.filter(o -> o.status() != OrganisationStatus.MERGED)
			.orElseThrow(() -> DomainException.invalid("intoId", "directory.merge.unknownTarget"));
		if (ProfileRules.wouldCycle(duplicate.id(), survivor.id(), this::parentOf) || survivor.id().equals(duplicate.id())) {
			throw DomainException.invalid("intoId", "directory.merge.self");
		}
		for (Organisation child : organisations.findByParentIdOrderByNameTh(duplicate.id())) {
			if (!child.id().equals(survivor.id())) {
				child.adoptParent(survivor.id(), clock.instant());
				reindex(child);
			}
		}
		duplicate.mergeInto(survivor.id(), clock.instant());
		audit.record(DirectoryAudit.ORGANISATION, duplicate.id(), DirectoryAudit.ORGANISATION_MERGED, Changes.none().note("into", survivor.id()));
		events.publishEvent(new OrganisationsMerged(duplicate.id(), survivor.id()));
		reindex(duplicate);
		return survivor;
	}

	/** Creates many organisations in one transaction (an import): all or none. */
	@Transactional
	public List<Organisation> createAll(List<Profile> profiles) {
		if (!EditingScope.current().mayRestructure()) {
			throw DomainException.forbidden();
		}
		Map<String, ServiceType> types = serviceTypesByCode();
		ProfileRules rules = rules();
		List<Organisation> created = new java.util.ArrayList<>();
		for (Profile p : profiles) {
			Profile clean = normalise(p);
			check(rules, null, clean);
			Organisation o = organisations.save(Organisation.register(clean, types, clock.instant()));
			created.add(o);
			reindex(o);
		}
		audit.record(DirectoryAudit.ORGANISATION, null, DirectoryAudit.ORGANISATIONS_IMPORTED, Changes.none().note("count", created.size()));
		return created;
	}

	/** A checker for many rows (an import): the problems each would have, without saving anything. */
	@Transactional(readOnly = true)
	public java.util.function.Function<Profile, List<Violation>> checker() {
		ProfileRules rules = rules();
		return profile -> problems(rules, profile);
	}

	private List<Violation> problems(ProfileRules rules, Profile profile) {
		Profile clean = normalise(profile);
		List<Violation> v = new java.util.ArrayList<>(rules.problems(clean));
		if (clean.parentId() != null && organisations.findById(clean.parentId()).isEmpty()) {
			v.add(new Violation("parentId", "directory.parent.unknown"));
		}
		if (clean.nameTh() != null && organisations.existsByNameThIgnoreCase(clean.nameTh())) {
			v.add(new Violation("nameTh", "directory.organisation.duplicate"));
		}
		return v;
	}

	private Organisation restructurable(UUID id, long expectedVersion) {
		if (!EditingScope.current().mayRestructure()) {
			throw DomainException.forbidden();
		}
		Organisation o = organisations.findById(id).orElseThrow(() -> DomainException.notFound("organisation"));
		DomainException.requireVersion(o.version(), expectedVersion);
		return o;
	}

	private void check(UUID self, Profile p) {
		check(rules(), self, p);
	}

	private void check(ProfileRules rules, UUID self, Profile p) {
		List<Violation> v = new java.util.ArrayList<>(rules.problems(p));
		if (p.parentId() != null) {
			var parent = organisations.findById(p.parentId());
			if (parent.isEmpty() || parent.get().status() == OrganisationStatus.MERGED) {
				v.add(new Violation("parentId", "directory.parent.unknown"));
			}
			else if (self != null && ProfileRules.wouldCycle(self, p.parentId(), this::parentOf)) {
				v.add(new Violation("parentId", "directory.parent.cycle"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	private UUID parentOf(UUID id) {
		return organisations.findById(id).map(Organisation::parentId).orElse(null);
	}

	private ProfileRules rules() {
		Set<String> provinceCodes = new HashSet<>();
		provinces.findAll().forEach(p -> provinceCodes.add(p.code().value()));
		Set<String> active = serviceTypes.findAll()
			.stream()
			.filter(ServiceType::active)
			.map(ServiceType::code)
			.collect(Collectors.toSet());
		return new ProfileRules(provinceCodes, active);
	}

	private Map<String, ServiceType> serviceTypesByCode() {
		return serviceTypes.findAll().stream().collect(Collectors.toMap(ServiceType::code, Function.identity()));
	}

	private void reindex(Organisation o) {
		Search.session(entityManager).indexingPlan().addOrUpdate(o);
	}

	/** Trims text, drops blank optional values, upper-cases province codes and lower-cases language codes. */
	static Profile normalise(Profile p) {
		return new Profile(trim(p.nameTh()), trim(p.nameEn()), trim(p.abbreviationTh()), trim(p.abbreviationEn()),
				p.sector(), p.parentId(), codes(p.provinces(), true), codes(p.languages(), false), trim(p.descriptionTh()),
				trim(p.descriptionEn()), trim(p.address()), trim(p.mapUrl()), trim(p.website()),
				p.services()
					.stream()
					.filter(s -> s != null && s.code() != null && !s.code().isBlank())
					.map(s -> new ServiceOffer(s.code().strip().toUpperCase(java.util.Locale.ROOT), codes(s.provinces(), true),
							codes(s.languages(), false), trim(s.hours()), s.twentyFourSeven()))
					.toList(),
				p.contacts()
					.stream()
					.filter(c -> c != null && !(blank(c.name()) && blank(c.phone()) && blank(c.email()) && blank(c.lineId())))
					.map(c -> new ContactDetails(trim(c.name()), trim(c.position()), trim(c.phone()), trim(c.email()),
							trim(c.lineId()), c.membersOnly()))
					.toList());
	}

	private static Set<String> codes(Set<String> codes, boolean upper) {
		return codes.stream()
			.filter(c -> c != null && !c.isBlank())
			.map(c -> upper ? c.strip().toUpperCase(java.util.Locale.ROOT) : c.strip().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static Profile empty() {
		return new Profile(null, null, null, null, null, null, Set.of(), Set.of(), null, null, null, null, null, List.of(),
				List.of());
	}

	/** Field by field, what differs between two profiles. */
	static Changes diff(Profile before, Profile after) {
		Changes changes = Changes.none();
		for (RecordComponent c : Profile.class.getRecordComponents()) {
			try {
				Object a = c.getAccessor().invoke(before);
				Object b = c.getAccessor().invoke(after);
				if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
					a = new java.util.TreeSet<>(sa.stream().map(String::valueOf).toList());
					b = new java.util.TreeSet<>(sb.stream().map(String::valueOf).toList());
				}
				changes.field(c.getName(), a, b);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return changes;
	}

	/** Profiles last verified before this are due for verification. */
	Instant dueBefore() {
		return clock.instant().minus(VERIFY_EVERY);
	}
}
