package th.tipnet.awards;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rubric each of the four standard categories (those of {@link DemoAwards}) starts with, given
 * in the transaction that opens the round: the demo 2567 round, this year's demo round, and any round
 * the secretariat opens with those categories. Weights add up to 100 in each, so a weighted total
 * reads as a share of the criteria.
 */
@Component
class StandardRubrics {

	/** A criterion as planned: its names and weight. */
	record Planned(String nameTh, String nameEn, int weight) {
	}

	static final Map<String, List<Planned>> BY_CATEGORY = Map.of(
			"MODEL_PERSON", List.of(
					new Planned("ความอุทิศตนต่อเนื่องในการต่อต้านการค้ามนุษย์", "Lasting dedication against human trafficking", 30),
					new Planned("การเป็นแบบอย่างแก่ผู้ปฏิบัติงาน", "An example to fellow practitioners", 25),
					new Planned("ผลงานที่ขยายผลได้", "Work others can build on", 25),
					new Planned("การทำงานร่วมกับเครือข่าย", "Working with the network", 20)),
			"OUTSTANDING_PERSON", List.of(
					new Planned("ผลงานด้านการคุ้มครองผู้เสียหาย", "Results in protecting victims", 35),
					new Planned("ผลงานด้านการดำเนินคดีหรือการป้องกัน", "Results in prosecution or prevention", 35),
					new Planned("ความริเริ่มสร้างสรรค์", "Initiative", 15),
					new Planned("การทำงานร่วมกับเครือข่าย", "Working with the network", 15)),
			"OUTSTANDING_AGENCY", List.of(
					new Planned("ผลการดำเนินงานในรอบปี", "The year's results", 35),
					new Planned("การทำงานร่วมกับเครือข่าย", "Working with the network", 25),
					new Planned("นวัตกรรมในการต่อต้านการค้ามนุษย์", "Innovation against trafficking", 25),
					new Planned("ความยั่งยืนของงาน", "Lasting results", 15)),
			"MODEL_PROVINCE", List.of(
					new Planned("การคัดแยกผู้เสียหายทันเวลา", "Timely identification of victims", 30),
					new Planned("การส่งต่อที่ได้รับการตอบรับและเสร็จสิ้น", "Referrals accepted and completed", 30),
					new Planned("การทำงานร่วมกันของทีมสหวิชาชีพ", "Multidisciplinary teams working together", 25),
					new Planned("การดูแลผู้เสียหายหลังการส่งต่อ", "Care for victims after referral", 15)));

	private final AwardRounds rounds;

	private final Rubrics rubrics;

	StandardRubrics(AwardRounds rounds, Rubrics rubrics) {
		this.rounds = rounds;
		this.rubrics = rubrics;
	}

	@EventListener
	void on(AwardRoundOpened opened) {
		// The criteria refer to the categories by column only: write the round first (through the
		// repository, so a year opened twice at once is the usual DataIntegrityViolationException).
		rubrics.flush();
		rounds.findById(opened.roundId().value()).ifPresent(round -> round.categories().forEach(this::give));
	}

	private void give(AwardCategory category) {
		List<Planned> planned = BY_CATEGORY.get(category.code());
		if (planned == null || rubrics.existsByCategoryId(category.id())) {
			return;
		}
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			rubrics.save(Criterion.of(category.id(), i, p.nameTh(), p.nameEn(), p.weight()));
		}
	}
}
