package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.IntegrationTest;

@IntegrationTest
class ReferenceDataIT {

	@Autowired
	ReferenceData referenceData;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadsTheSeventySevenProvincesWithIsoCodesAndBothNames() {
		assertThat(directory.provinces()).hasSize(77);
		Province nonthaburi = directory.province(ProvinceCode.of("TH-12")).orElseThrow();
		assertThat(nonthaburi.nameTh()).isEqualTo("นนทบุรี");
		assertThat(nonthaburi.nameEn()).isEqualTo("Nonthaburi");
	}

	@Test
	void loadsTheArticlesOrganisationsWithSectorAndParent() {
		Organisation ministry = directory.organisationByReferenceKey("msdhs").orElseThrow();
		Organisation division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow();
		assertThat(division.parentId()).isEqualTo(ministry.id());
		assertThat(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().nameTh()).isEqualTo("มูลนิธิกระจกเงา");
		assertThat(directory.organisationByReferenceKey("dof").orElseThrow().sector()).isEqualTo(Sector.GOVERNMENT_CENTRAL);
		assertThat(directory.organisationByReferenceKey("us-embassy").orElseThrow().sector()).isEqualTo(Sector.EMBASSY);
	}

	@Test
	void createsOneProvincialOfficeForEachProvinceButBangkokUnderTheMinistry() {
		Organisation ministry = directory.organisationByReferenceKey("msdhs").orElseThrow();
		var offices = directory.children(ministry.id())
			.stream()
			.filter(o -> o.sector() == Sector.GOVERNMENT_PROVINCIAL)
			.toList();
		assertThat(offices).hasSize(76);
		assertThat(directory.organisationByReferenceKey("pso-TH-10")).isEmpty();
		Organisation chiangMai = directory.organisationByReferenceKey("pso-TH-50").orElseThrow();
		assertThat(chiangMai.nameTh()).isEqualTo("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่");
		assertThat(chiangMai.provinceCodes()).containsExactly("TH-50");
		assertThat(chiangMai.abbreviationTh()).isEqualTo("พมจ.เชียงใหม่");
	}

	@Test
	void reloadingNeitherDuplicatesRowsNorUndoesAnAdministratorsEdit() {
		int organisations = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
		jdbc.update("UPDATE organisation SET name_en = 'Mirror Foundation (edited)' WHERE reference_key = 'mirror-foundation'");

		referenceData.run(null);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class)).isEqualTo(organisations);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province", Integer.class)).isEqualTo(77);
		assertThat(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().nameEn())
			.isEqualTo("Mirror Foundation (edited)");
		jdbc.update("UPDATE organisation SET name_en = 'Mirror Foundation' WHERE reference_key = 'mirror-foundation'");
	}
}
