package th.tipnet.exhibition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventId;
import th.tipnet.events.EventSummary;
import th.tipnet.events.EventPlanning;

/** An event's exhibition over the API: the booths with their exhibitors and products; allocating a booth. */
@RestController
@RequestMapping("/api/v1/events/{id}/booths")
@Tag(name = "Exhibitions")
class ExhibitionApi {

	private final EventPlanning planning;

	private final Exhibitors exhibitors;

	private final Directory directory;

	ExhibitionApi(EventPlanning planning, Exhibitors exhibitors, Directory directory) {
		this.planning = planning;
		this.exhibitors = exhibitors;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "The event's booths in zone and number order, with their organisations and, at "
			+ "survivors' showcases, the products (a maker's own name only when they consented)")
	ItemsPage<BoothView> booths(@PathVariable UUID id) {
		EventSummary event = planning.visibleSummary(new EventId(id));
		List<BoothView> items = exhibitors.booths(event.id().value()).stream().map(b -> BoothView.of(event, b, directory)).toList();
		return new ItemsPage<>(items, items.size());
	}

	@PostMapping
	@Operation(summary = "Allocate a booth to an organisation of the directory (those who manage the event). "
			+ "409 when the number or the map cell is taken.")
	ResponseEntity<BoothView> allocate(@PathVariable UUID id, @Valid @RequestBody NewBooth body) {
		EventSummary event = planning.summary(new EventId(id));
		Booth booth = exhibitors.allocate(event.id().value(), body.allocation());
		return ResponseEntity.status(HttpStatus.CREATED).body(BoothView.of(event, booth, directory));
	}

	record NewBooth(@Size(max = 40) String number, @Size(max = 100) String zone, BoothType type, UUID organisationId,
			@Size(max = 300) String labelTh, @Size(max = 300) String labelEn, Integer gridRow, Integer gridColumn) {

		BoothAllocation allocation() {
			return new BoothAllocation(number, zone, type, organisationId, labelTh, labelEn, gridRow, gridColumn);
		}
	}

	record OrganisationRef(UUID id, String nameTh, String nameEn, String abbreviationTh, String abbreviationEn) {

		static OrganisationRef of(UUID id, Optional<OrganisationSummary> o) {
			return o.map(org -> new OrganisationRef(id, org.nameTh(), org.nameEn(), org.abbreviationTh(), org.abbreviationEn()))
				.orElse(new OrganisationRef(id, null, null, null, null));
		}
	}

	record BoothView(UUID id, String number, String zone, BoothType type, OrganisationRef organisation, String labelTh,
			String labelEn, Integer gridRow, Integer gridColumn, long version, List<ProductView> products) {

		static BoothView of(EventSummary event, Booth b, Directory directory) {
			return new BoothView(b.id(), b.number(), b.zone(), b.type(),
					OrganisationRef.of(b.organisationId(), directory.summary(OrganisationId.of(b.organisationId()))), b.labelTh(),
					b.labelEn(), b.gridRow(), b.gridColumn(), b.version(),
					b.products().stream().map(p -> ProductView.of(event, p)).toList());
		}
	}

	/** A product; {@code makerName} is absent unless the maker consented to being named. */
	record ProductView(UUID id, String nameTh, String nameEn, String makerGroup, String makerGroupEn,
			@JsonInclude(JsonInclude.Include.NON_NULL) String makerName, BigDecimal priceBaht, String priceTh,
			String priceEn, String photoUrl) {

		static ProductView of(EventSummary event, Product p) {
			return new ProductView(p.id(), p.nameTh(), p.nameEn(), p.makerGroup(), p.makerGroupEn(), p.makerName(), p.priceBaht(),
					ExhibitionView.price(p.priceBaht(), Locale.forLanguageTag("th")),
					ExhibitionView.price(p.priceBaht(), Locale.ENGLISH), ExhibitionView.photoHref(event, p));
		}
	}
}
