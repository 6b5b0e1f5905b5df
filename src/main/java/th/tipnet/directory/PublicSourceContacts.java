package th.tipnet.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
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
 * The contacts taken from public sources: who sees them (everyone, as public contacts) and who may
 * confirm or correct them: the organisation's own administrator only, since "confirmed by the
 * organisation" must mean the organisation said so, not a coordinator on its behalf.
 */
@Service
class PublicSourceContacts {

	private final PublicContacts contacts;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final Clock clock;

	private final EntityManager entityManager;

	PublicSourceContacts(PublicContacts contacts, Organisations organisations, AuditTrail audit, Clock clock,
			EntityManager entityManager) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** An organisation's contacts from public sources, hotline first, without the removed ones. */
	@Transactional(readOnly = true)
	public List<PublicContact> of(UUID organisationId) {
		return contacts.findByOrganisationIdOrderByKind(organisationId)
			.stream()
			.filter(PublicContact::shown)
			.sorted(Comparator.comparing(PublicContact::kind))
			.toList();
	}

	/** The same for a page of organisations, in one query. */
	@Transactional(readOnly = true)
	public Map<UUID, List<PublicContact>> of(Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		return contacts.findByOrganisationIdIn(organisationIds)
			.stream()
			.filter(PublicContact::shown)
			.sorted(Comparator.comparing(PublicContact::kind))
			.collect(Collectors.groupingBy(PublicContact::organisationId));
	}

	/** Is the current user this organisation's own administrator? (Pages offer the buttons then.) */
	public boolean mayConfirm(Organisation organisation) {
		UUID own = EditingScope.current().ownOrganisation();
		return own != null && own.equals(organisation.id());
	}

	/** The organisation's administrator says its contacts from public sources are right. */
	@Transactional
	public int confirm(UUID organisationId) {
		Organisation o = own(organisationId);
		String by = Actor.current().name();
		var now = clock.instant();
		List<String> confirmed = contacts.findByOrganisationIdOrderByKind(o.id())
			.stream()
			.filter(c -> c.confirm(by, now))
			.map(c -> c.kind().name())
			.toList();
		if (!confirmed.isEmpty()) {
			audit.record(DirectoryAudit.ORGANISATION, o.id(), DirectoryAudit.PUBLIC_CONTACTS_CONFIRMED,
					Changes.none().note("contacts", confirmed));
		}
		reindex(o);
		return confirmed.size();
	}

	/**
	 * The organisation's administrator gives the right value (confirming it) or an empty one
	 * (removing it); a stale version is a conflict, a value of the wrong form names the field.
	 */
	@Transactional
	public PublicContact correct(UUID organisationId, UUID contactId, long expectedVersion, String value) {
		Organisation o = own(organisationId);
		PublicContact c = contacts.findByIdAndOrganisationId(contactId, o.id())
			.filter(PublicContact::shown)
			.orElseThrow(() -> DomainException.notFound("contact"));
		DomainException.requireVersion(c.version(), expectedVersion);
		String clean = value == null || value.isBlank() ? null : value.strip();
		check(c.kind(), clean);
		String before = c.value();
		c.correct(clean, Actor.current().name(), clock.instant());
		contacts.save(c);
		audit.record(DirectoryAudit.ORGANISATION, o.id(), clean == null ? DirectoryAudit.PUBLIC_CONTACT_REMOVED : DirectoryAudit.PUBLIC_CONTACT_CORRECTED,
				Changes.none().field(c.kind().name().toLowerCase(java.util.Locale.ROOT), before, clean));
		reindex(o);
		return c;
	}

	/**
	 * The organisation's search document holds its public-source numbers; the contact does not know
	 * its organisation as an entity, so Hibernate Search is told which document to rebuild.
	 */
	private void reindex(Organisation o) {
		Search.session(entityManager).indexingPlan().addOrUpdate(o);
	}

	private Organisation own(UUID organisationId) {
		Organisation o = organisations.findById(organisationId)
			.orElseThrow(() -> DomainException.notFound("organisation"));
		if (!mayConfirm(o)) {
			throw DomainException.forbidden();
		}
		return o;
	}

	private static void check(PublicContact.Kind kind, String value) {
		List<Violation> v = new java.util.ArrayList<>();
		switch (kind) {
			case HOTLINE, PHONE -> InputRules.phone(v, "value", value);
			case WEBSITE -> InputRules.url(v, "value", value);
			case ADDRESS -> InputRules.text(v, "value", value, 500, false);
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}
}
