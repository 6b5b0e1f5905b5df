package th.tipnet.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import th.tipnet.common.Dates;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.common.web.Downloads;

/**
 * Exports: the current search as CSV (UTF-8 with a BOM, so Excel shows Thai) or XLSX, and the whole
 * directory as Open Referral HSDS 3.0 JSON. Visitors get public contacts only.
 */
@Controller
class DirectoryExports {

	private static final int MAX_ROWS = 10_000;

	private static final List<String> HEADER = List.of("name_th", "name_en", "abbreviation_th", "abbreviation_en", "sector",
			"provinces", "services", "languages", "address", "website", "map_url", "contacts", "last_verified");

	private final DirectorySearch search;

	private final Hsds hsds;

	DirectoryExports(DirectorySearch search, Hsds hsds) {
		this.search = search;
		this.hsds = hsds;
	}

	@GetMapping("/directory/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 5) String province,
			@RequestParam(required = false) @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) Boolean twentyFourSeven) {
		byte[] body = Downloads.csv(HEADER, rows(query(q, province, service, language, sector, twentyFourSeven)));
		return Downloads.attachment(body, fileName("csv"), Downloads.CSV);
	}

	@GetMapping("/directory/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 5) String province,
			@RequestParam(required = false) @Size(max = 40) String service,
			@RequestParam(required = false) @Size(max = 3) String language,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) Boolean twentyFourSeven) {
		byte[] body = Downloads.xlsx("Directory", HEADER, rows(query(q, province, service, language, sector, twentyFourSeven)));
		return Downloads.attachment(body, fileName("xlsx"), Downloads.XLSX);
	}

	@GetMapping(value = "/api/v1/directory/export.hsds.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<List<Map<String, Object>>> hsds(@RequestParam(defaultValue = "th") @Size(max = 2) String lang) {
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : th.tipnet.common.Languages.THAI;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("tipnet-directory.hsds.json").build().toString())
			.body(hsds.organizations(locale, CurrentUser.signedIn()));
	}

	private static DirectoryQuery query(String q, String province, String service, String language, Sector sector,
			Boolean twentyFourSeven) {
		return new DirectoryQuery(q, blank(province), blank(service), blank(language), sector, twentyFourSeven, false);
	}

	private List<List<String>> rows(DirectoryQuery query) {
		boolean member = CurrentUser.signedIn();
		List<List<String>> rows = new ArrayList<>();
		int page = 0;
		while (rows.size() < MAX_ROWS) {
			var found = search.search(query, page++, 500);
			for (SearchHit hit : found.hits()) {
				rows.add(row(hit.organisation(), member));
			}
			if (!found.hasNext()) {
				break;
			}
		}
		return rows;
	}

	private List<String> row(Organisation o, boolean member) {
		List<String> contacts = new ArrayList<>();
		for (ContactDetails c : o.contacts(member)) {
			contacts.add(String.join(" ", nonNull(c.name(), c.position(), c.phone(), c.email(),
					c.lineId() == null ? null : "LINE " + c.lineId())));
		}
		return List.of(o.nameTh(), o.nameEn(), nz(o.abbreviationTh()), nz(o.abbreviationEn()), o.sector().name(),
				String.join(";", o.provinceCodes().stream().sorted().toList()),
				String.join(";", o.serviceOffers().stream().map(s -> s.code()).toList()),
				String.join(";", o.languageCodes().stream().sorted().toList()), nz(o.address()), nz(o.website()),
				nz(o.mapUrl()), String.join(" | ", contacts),
				o.verifiedAt() == null ? "" : o.verifiedAt().atZone(Dates.BANGKOK).toLocalDate().toString());
	}

	private static String fileName(String extension) {
		return "tipnet-directory-" + LocalDate.now(Dates.BANGKOK) + "." + extension;
	}

	private static List<String> nonNull(String... values) {
		List<String> list = new ArrayList<>();
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				list.add(v);
			}
		}
		return list;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
