package th.tipnet.directory;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * A service an organisation offers. Its provinces and languages, when given, narrow or differ from
 * the organisation's own; when empty, the organisation's apply. Part of the {@link Organisation}
 * aggregate: changed only through it.
 */
@Entity
@Table(name = "organisation_service")
class OfferedService {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "service_code")
	private ServiceType type;

	private String hours;

	@Column(name = "twenty_four_seven", nullable = false)
	private boolean twentyFourSeven;

	@Column(name = "list_order", nullable = false)
	private int listOrder;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_service_province", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "province_code")
	@BatchSize(size = 50)
	private Set<String> provinceCodes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_service_language", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "language_code")
	@BatchSize(size = 50)
	private Set<String> languageCodes = new LinkedHashSet<>();

	protected OfferedService() {
	}

	OfferedService(Organisation organisation, ServiceType type, ServiceOffer offer, int listOrder) {
		this.id = UUID.randomUUID();
		this.organisation = organisation;
		this.type = type;
		this.hours = offer.hours();
		this.twentyFourSeven = offer.twentyFourSeven();
		this.listOrder = listOrder;
		this.provinceCodes.addAll(offer.provinces());
		this.languageCodes.addAll(offer.languages());
	}

	ServiceType type() {
		return type;
	}

	ServiceOffer offer() {
		return new ServiceOffer(type.code(), Set.copyOf(provinceCodes), Set.copyOf(languageCodes), hours, twentyFourSeven);
	}

	/** Where this service is given: its own provinces, else the organisation's; empty means nationwide. */
	Set<String> effectiveProvinces() {
		return provinceCodes.isEmpty() ? organisation.provinceCodes() : Set.copyOf(provinceCodes);
	}

	/** The languages it is given in: its own, else the organisation's. */
	Set<String> effectiveLanguages() {
		return languageCodes.isEmpty() ? organisation.languageCodes() : Set.copyOf(languageCodes);
	}

	boolean twentyFourSeven() {
		return twentyFourSeven;
	}
}
