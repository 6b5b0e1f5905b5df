package th.tipnet.exhibition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventSummary;

/**
 * The exhibition of the demo event, Anti-Human Trafficking Day 2567, as the Ministry described it:
 * booths of the agencies that fight trafficking, the work of the award winners and the model
 * provinces driving the National Referral Mechanism, and products made by survivors. The award
 * winners and model provinces are not named in the announcement, so their booths are not either.
 * The products are examples: maker groups, never a person's name.
 *
 * <p>Runs once the application is ready, so after the reference data and the demo event (created
 * by the events module while the reference data loads); only when the demo event exists and has no
 * booth yet; {@code tipnet.demo-data=false} switches it off.
 */
@Component
class DemoExhibition {

	/** The demo event's slug, as the events module's demo data names it. */
	static final String EVENT_SLUG = "anti-trafficking-day-2567";

	private static final Logger log = LoggerFactory.getLogger(DemoExhibition.class);

	private final Exhibitors exhibitors;

	private final Showcase showcase;

	private final EventPlanning planning;

	private final Directory directory;

	private final boolean enabled;

	DemoExhibition(Exhibitors exhibitors, Showcase showcase, EventPlanning planning, Directory directory,
			@Value("${tipnet.demo-data:true}") boolean enabled) {
		this.exhibitors = exhibitors;
		this.showcase = showcase;
		this.planning = planning;
		this.directory = directory;
		this.enabled = enabled;
	}

	private record Stand(String number, String zone, BoothType type, String organisationKey, String labelTh,
			String labelEn, int row, int column) {
	}

	private static final List<Stand> STANDS = List.of(
			new Stand("A1", "A", BoothType.AGENCY, "msdhs-atip", "ผลการดำเนินงานป้องกันและปราบปรามการค้ามนุษย์ของประเทศไทย",
					"Thailand's results against human trafficking", 1, 1),
			new Stand("A2", "A", BoothType.AGENCY, "rtp-tatip", null, null, 1, 2),
			new Stand("A3", "A", BoothType.AGENCY, "oag-htlo", null, null, 1, 3),
			new Stand("A4", "A", BoothType.AGENCY, "dlpw", null, null, 1, 4),
			new Stand("A5", "A", BoothType.AGENCY, "doe", null, null, 1, 5),
			new Stand("A6", "A", BoothType.AGENCY, "dof", null, null, 1, 6),
			new Stand("B1", "B", BoothType.AGENCY, "bma", null, null, 2, 1),
			new Stand("B2", "B", BoothType.AGENCY, "labour-congress", null, null, 2, 2),
			new Stand("B3", "B", BoothType.AGENCY, "mirror-foundation", null, null, 2, 3),
			new Stand("C1", "C", BoothType.AWARD_WINNER, "msdhs-atip", "ผลงานบุคคลต้นแบบและบุคคลดีเด่น ประจำปี 2567",
					"Model and outstanding persons of 2024", 3, 1),
			new Stand("C2", "C", BoothType.AWARD_WINNER, "msdhs-atip", "ผลงานหน่วยงานดีเด่น ประจำปี 2567",
					"Outstanding agencies of 2024", 3, 2),
			new Stand("C3", "C", BoothType.MODEL_PROVINCE, "msdhs",
					"จังหวัดต้นแบบขับเคลื่อนกลไกการส่งต่อระดับชาติ (NRM) 5 จังหวัด",
					"Five model provinces driving the National Referral Mechanism (NRM)", 3, 3),
			new Stand("D1", "D", BoothType.SURVIVOR_SHOWCASE, "msdhs", "ผลิตภัณฑ์จากฝีมือผู้เสียหายจากการค้ามนุษย์",
					"Products made by survivors of trafficking", 3, 5));

	private static final String CENTRE_EN = ", Protection and Occupational Development Centre";

	private static final List<ProductDetails> PRODUCTS = List.of(
			new ProductDetails("กระเป๋าผ้าทอมือ", "Hand-woven tote bag", "กลุ่มทอผ้า สถานคุ้มครองและพัฒนาอาชีพ",
					"Weaving group" + CENTRE_EN, null, false, new BigDecimal("350")),
			new ProductDetails("ผ้าพันคอมัดย้อมสีธรรมชาติ", "Naturally dyed tie-dye scarf", "กลุ่มมัดย้อม สถานคุ้มครองและพัฒนาอาชีพ",
					"Tie-dye group" + CENTRE_EN, null, false, new BigDecimal("290")),
			new ProductDetails("สบู่สมุนไพรทำมือ", "Handmade herbal soap", "กลุ่มอาชีพสมุนไพร สถานคุ้มครองและพัฒนาอาชีพ",
					"Herbal products group" + CENTRE_EN, null, false, new BigDecimal("120")),
			new ProductDetails("พวงกุญแจถักไหมพรม", "Crocheted key ring", "กลุ่มงานฝีมือ สถานคุ้มครองและพัฒนาอาชีพ",
					"Handicraft group" + CENTRE_EN, null, false, new BigDecimal("59")));

	@EventListener
	public void on(ApplicationReadyEvent ready) {
		if (!enabled) {
			return;
		}
		EventSummary event;
		try {
			event = planning.summary(EVENT_SLUG);
		}
		catch (DomainException missing) {
			return;
		}
		if (exhibitors.hasBooths(event.id().value())) {
			return;
		}
		try {
			for (Stand s : STANDS) {
				Optional<UUID> organisation = directory.summaryByReferenceKey(s.organisationKey())
					.filter(OrganisationSummary::active)
					.map(o -> o.id().value());
				if (organisation.isEmpty()) {
					continue; // merged or retired since: leave the booth out rather than fail the start
				}
				Booth booth = exhibitors.allocateAsSystem(event.id().value(), new BoothAllocation(s.number(), s.zone(), s.type(),
						organisation.get(), s.labelTh(), s.labelEn(), s.row(), s.column()));
				if (s.type() == BoothType.SURVIVOR_SHOWCASE) {
					PRODUCTS.forEach(p -> showcase.showAsSystem(event.id().value(), booth.id(), p));
				}
			}
		}
		catch (DataIntegrityViolationException | DomainException e) {
			// Another instance created it at the same moment: one exhibition is enough.
			log.info("Demo exhibition not created here: {}", e.getClass().getSimpleName());
		}
	}
}
