package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tipnet.support.IntegrationTest;

/**
 * The judged query set: what people type (Thai and English, parts of words, everyday and short
 * names, numbers, services) and the reference organisations each query must find. Recall@10 = the
 * share of a query's organisations among its first ten results (of at most ten: a query with 76 right
 * answers is perfect when its ten are all right); precision@10 = the share of right answers among the
 * first ten results. Judged against the reference data only: organisations that other test classes
 * create (they share the database) are left out of the ranking before it is judged.
 */
@IntegrationTest
class SearchRelevanceIT {

	static final double RECALL_FLOOR = 0.95;

	static final double PRECISION_FLOOR = 0.80;

	/** Every provincial social development office (พมจ.): the reference data has one per province but Bangkok. */
	static final String OFFICES = "pso-*";

	/** Every body whose name says it works against trafficking (more than ten: any ten of them are right). */
	static final String[] TRAFFICKING = { "msdhs-atip", "atip-committee", "atip-coordinating-committee", "rtp-tatip", "oag-htlo",
			"tatip", "rtp-atpd", "msdhs-atip-fund", "criminal-court-htd", "dsi-htcb", "csn-vaht", "shelter-srisurat",
			"shelter-narisawat", "shelter-songkwae", "shelter-songkhla", "shelter-ranong", "vic-donmueang", "rtp-region5-vic",
			"bcatip-ranong", "provincial-atip-centres", "focus-trafcord", "aat" };

	static final String[] EMBASSIES = { "us-embassy", "myanmar-embassy", "cambodia-embassy", "laos-embassy", "vietnam-embassy" };

	static final String[] POLICE = { "rtp", "rtp-tatip", "rtp-atpd", "rtp-tourist-police", "immigration", "rtp-region5-vic" };

	static final String[] SHELTERS = { "children-family-shelters", "cfs-phayao", "shelter-kredtrakarn", "shelter-srisurat",
			"shelter-narisawat", "shelter-songkwae", "shelter-songkhla", "shelter-ranong", "shelter-pathumthani" };

	static final String[] IMMIGRATION = { "immigration" };

	static final String[] MSDHS = { "msdhs", "msdhs-atip", "msdhs-1300", "msdhs-volunteers", OFFICES };

	static final String[] FOUNDATIONS = { "mirror-foundation", "stella-maris", "our-foundation", "rapha-international", "a21", "raks-thai",
			"nightlight", "fcd", "world-vision-thailand", "hrdf", "center-for-girls", "lpn-foundation", "focus-trafcord",
			"the-freedom-story", "aat", "destiny-rescue" };

	/** Every body whose name is about workers: labour ministries and departments, the ILO, the workers' own organisations. */
	static final String[] LABOUR = { "labour-congress", "dlpw", "mol", "ilo-bangkok", "lpn-foundation", "flec-songkhla" };

	static final String[] FISHERIES = { "dof", "nfat", "rtp-tatip", "pipo-centres", "flec-songkhla" };

	static final List<Judged> QUERIES = List.of(
			// parts of longer words
			q("กระจก", "mirror-foundation"), q("กระจกเงา", "mirror-foundation"), q("มูลนิธิกระจกเงา", "mirror-foundation"),
			q("ราฟา", "rapha-international"), q("เอทเวนตี้", "a21"), q("อาสาสมัคร", "msdhs-volunteers"),
			q("สภาองค์การลูกจ้าง", "labour-congress"), q("สมาคมการประมง", "nfat"),
			// everyday and short names for formal ones
			q("สถานทูต", EMBASSIES), q("สถานทูตอเมริกา", "us-embassy"), q("สถานทูตสหรัฐ", "us-embassy"),
			q("สหรัฐ", "us-embassy"), q("อเมริกา", "us-embassy"), q("สหรัฐอเมริกา", "us-embassy"),
			q("สถานเอกอัครราชทูต", EMBASSIES), q("embassy", EMBASSIES), q("US Embassy", "us-embassy"),
			q("united states", "us-embassy"), q("American embassy", "us-embassy"),
			q("พม", MSDHS), q("พม.", MSDHS), q("พมจ.", OFFICES), q("พมจ", OFFICES), q("MSDHS", MSDHS),
			q("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", MSDHS), q("social development", MSDHS),
			q("พมจ.เชียงใหม่", "pso-TH-50"), q("พมจ.ชลบุรี", "pso-TH-20"),
			q("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา", "pso-TH-90"), q("PSDHS Phuket", "pso-TH-83"),
			q("ตำรวจ", POLICE), q("ตร.", POLICE), q("police", POLICE),
			q("ศพดส", "rtp-tatip"), q("อัยการ", "oag-htlo"), q("prosecutor", "oag-htlo"), q("สคม.", "oag-htlo"),
			q("กสร.", "dlpw"), q("กคม.", "msdhs-atip"), q("ATIP", "msdhs-atip", "atip-committee", "atip-coordinating-committee", "bcatip-ranong", "rtp-tatip", "tatip"), q("กทม.", "bma"), q("กรุงเทพ", "bma"),
			q("Bangkok", "bma"), q("BMA", "bma"), q("มหาดไทย", "moi"), q("Ministry of Interior", "moi"), q("DOPA", "dopa"),
			q("กรมการปกครอง", "dopa"), q("NFAT", "nfat"), q("อพม.", "msdhs-volunteers"), q("O.U.R.", "our-foundation"),
			q("Operation Underground Railroad", "our-foundation"), q("LGBTQI", "lgbtqi-network"),
			q("ความหลากหลายทางเพศ", "lgbtqi-network"), q("คนไร้บ้าน", "homeless-network"), q("homeless", "homeless-network"),
			// words, topics and their synonyms
			q("ค้ามนุษย์", TRAFFICKING), q("trafficking", TRAFFICKING), q("human trafficking", TRAFFICKING),
			q("ประมง", FISHERIES), q("fisheries", FISHERIES), q("กรมประมง", "dof"),
			q("Department of Fisheries", "dof"), q("จัดหางาน", "doe"), q("employment", "doe"),
			q("แรงงาน", LABOUR), q("labour", LABOUR), q("มูลนิธิ", FOUNDATIONS),
			q("foundation", FOUNDATIONS), q("คณะกรรมการ", "atip-committee", "atip-coordinating-committee"),
			q("committee", "atip-committee", "atip-coordinating-committee"), q("volunteers", "msdhs-volunteers"),
			q("Stella Maris", "stella-maris"), q("A21", "a21"), q("Rapha", "rapha-international"), q("SPRING", "spring-project"),
			q("HUG", "hug-project"), q("Mirror", "mirror-foundation"), q("Mirorr Fondation", "mirror-foundation"),
			// places
			q("เชียงใหม่", "pso-TH-50"), q("Chiang Mai", "pso-TH-50"), q("songkhla", "pso-TH-90", "flec-songkhla", "shelter-songkhla"), q("ภูเก็ต", "pso-TH-83"),
			q("ขอนแก่น", "pso-TH-40"), q("เชียงราย", "pso-TH-57"),
			// services and their synonyms
			q("สายด่วน", "msdhs", "msdhs-1300"), q("hotline", "msdhs", "msdhs-1300"), q("คัดแยก", OFFICES, "vic-donmueang", "rtp-region5-vic"), q("screening", OFFICES),
			// the organisations of the public contacts file: short names, everyday words and hotline numbers
			q("ตม", IMMIGRATION), q("ตม.", IMMIGRATION), q("สตม.", IMMIGRATION), q("ตรวจคนเข้าเมือง", IMMIGRATION),
			q("immigration", IMMIGRATION), q("1178", IMMIGRATION), q("1300", "msdhs-1300", "msdhs", "msdhs-atip"),
			q("IOM", "iom-thailand"), q("ไอโอเอ็ม", "iom-thailand"), q("DSI", "dsi", "dsi-htcb"), q("ดีเอสไอ", "dsi", "dsi-htcb"),
			q("กรมสอบสวนคดีพิเศษ", "dsi", "dsi-htcb"), q("UNODC", "unodc-roseap"), q("ILO", "ilo-bangkok"),
			q("UNICEF", "unicef-thailand"), q("ยูนิเซฟ", "unicef-thailand"), q("UNHCR", "unhcr-thailand"),
			q("สถานทูตพม่า", "myanmar-embassy"), q("เมียนมา", "myanmar-embassy"), q("เขมร", "cambodia-embassy"),
			q("ที่พักพิง", SHELTERS), q("บ้านพัก", SHELTERS), q("shelter", SHELTERS), q("1155", "rtp-tourist-police"),
			q("ตำรวจท่องเที่ยว", "rtp-tourist-police"), q("ปคม", "rtp-atpd", "atip-committee", "atip-coordinating-committee", "msdhs-atip-fund", "provincial-atip-centres", "rtp-tatip"), q("บก.ปคม.", "rtp-atpd"), q("MOL", "mol"),
			q("กระทรวงแรงงาน", "mol"), q("TICAC", "ticac"), q("PIPO", "pipo-centres"), q("1694", "doe"), q("1546", "dlpw"));

	@Autowired
	DirectorySearch search;

	@Autowired
	Directory directory;

	@Test
	void theJudgedQueriesFindTheirOrganisationsInTheFirstTen() {
		Set<String> offices = new LinkedHashSet<>();
		for (SearchHit hit : search.search(new DirectoryQuery(null, null, "SCREENING", null, Sector.GOVERNMENT_PROVINCIAL, null, false), 0, 100).hits()) {
			if (hit.organisation().referenceKey() != null && hit.organisation().referenceKey().startsWith("pso-")) {
				offices.add(hit.organisation().referenceKey());
			}
		}
		assertThat(offices).hasSize(76);
		List<String> lines = new ArrayList<>();
		double recall = 0;
		double precision = 0;
		List<String> missed = new ArrayList<>();
		for (Judged judged : QUERIES) {
			Set<String> relevant = judged.relevant(offices);
			List<String> top = firstTen(judged.text());
			long right = top.stream().filter(relevant::contains).count();
			double r = (double) right / Math.min(10, relevant.size());
			double p = top.isEmpty() ? 0 : (double) right / top.size();
			recall += r;
			precision += p;
			if (r < 1) {
				missed.add(judged.text() + " → " + top);
			}
			lines.add(String.format(Locale.ROOT, "  %-50s recall@10 %.2f  precision@10 %.2f  (%d found, %d judged right)%s", judged.text(), r, p,
					top.size(), relevant.size(), p < 1 ? " " + top : ""));
		}
		recall /= QUERIES.size();
		precision /= QUERIES.size();
		System.out.println("Judged directory search, " + QUERIES.size() + " queries:");
		lines.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "Judged directory search: %d queries, mean recall@10 %.3f, mean precision@10 %.3f%n", QUERIES.size(),
				recall, precision);
		missed.forEach(m -> System.out.println("  not all found: " + m));
		assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(60);
		assertThat(recall).as("mean recall@10; not all found: %s", missed).isGreaterThanOrEqualTo(RECALL_FLOOR);
		assertThat(precision).as("mean precision@10").isGreaterThanOrEqualTo(PRECISION_FLOOR);
	}

	@Test
	void aWholeWordRanksAboveAPartOfAWord() {
		// ประมง is a word of กรม｜ประมง and สมาคม｜การ｜ประมง; inside ภาค｜ประมง too. กระจก only a part of กระจกเงา.
		assertThat(firstTen("สหรัฐอเมริกา").get(0)).isEqualTo("us-embassy");
		List<String> mso = firstTen("พม");
		assertThat(mso.get(0)).isEqualTo("msdhs");
	}

	private List<String> firstTen(String text) {
		var page = search.search(new DirectoryQuery(text, null, null, null, null, null, false), 0, 40);
		return page.hits()
			.stream()
			.map(h -> h.organisation().referenceKey())
			.filter(k -> k != null)
			.limit(10)
			.toList();
	}

	static Judged q(String text, String... keys) {
		return new Judged(text, List.of(keys));
	}

	record Judged(String text, List<String> keys) {

		Set<String> relevant(Set<String> offices) {
			Set<String> relevant = new LinkedHashSet<>();
			keys.forEach(k -> relevant.addAll(OFFICES.equals(k) ? offices : Set.of(k)));
			return relevant;
		}
	}

	static {
		assertThat(IntStream.range(0, QUERIES.size()).mapToObj(i -> QUERIES.get(i).text()).distinct().count()).isEqualTo(QUERIES.size());
	}
}
