package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;

import tools.jackson.databind.json.JsonMapper;

/** An organisation's id reads and writes as the bare UUID: in JSON, in a path or a form, in a page. */
class OrganisationIdTest {

	private static final UUID ID = UUID.fromString("0b7c2f7e-53c4-4c55-9d3b-0c1f7b5d8a10");

	@Test
	void isWrittenAndReadInJsonAsTheBareUuid() {
		JsonMapper json = JsonMapper.builder().build();
		String written = json.writeValueAsString(Map.of("organisationId", OrganisationId.of(ID)));
		assertThat(written).isEqualTo("{\"organisationId\":\"" + ID + "\"}");
		assertThat(json.readValue("\"" + ID + "\"", OrganisationId.class)).isEqualTo(OrganisationId.of(ID));
	}

	@Test
	void isConvertedFromAPathVariableOrFormValue() {
		assertThat(new DefaultConversionService().convert(" " + ID + " ", OrganisationId.class)).isEqualTo(OrganisationId.of(ID));
		assertThatThrownBy(() -> OrganisationId.valueOf("not-an-id")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void isShownAsTheUuidAndNeverWithoutOne() {
		assertThat(OrganisationId.of(ID)).hasToString(ID.toString());
		assertThatThrownBy(() -> OrganisationId.of(null)).isInstanceOf(IllegalArgumentException.class);
	}
}
