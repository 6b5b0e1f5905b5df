package th.tipnet.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Intake bodies for the API, as a case worker's system sends them. */
final class TestCases {

	private TestCases() {
	}

	/** A man from Myanmar found by a labour inspection in Chon Buri, first met at {@code firstContact}. */
	static Map<String, Object> intake(Instant firstContact, String province, String... names) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "LABOUR_INSPECTION");
		body.put("firstContactAt", OffsetDateTime.ofInstant(firstContact, ZoneOffset.ofHours(7)).toString());
		body.put("provinceCode", province);
		body.put("district", "ศรีราชา");
		body.put("circumstances", "พบบนเรือประมง ถูกยึดเอกสาร ทำงานวันละ 20 ชั่วโมง");
		body.put("exploitationTypes", List.of("ForcedLabour", "ForcedCriminality"));
		List<Map<String, Object>> n = new ArrayList<>();
		for (String name : names) {
			n.add(Map.of("name", name, "kind", n.isEmpty() ? "AS_TOLD" : "ALIAS"));
		}
		body.put("names", n);
		body.put("gender", "Masculine");
		body.put("birthYear", 1995);
		body.put("nationalities", List.of("MM"));
		return body;
	}
}
