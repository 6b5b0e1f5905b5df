package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;

/** The secretariat opens a year's round over the API, as on its page. */
@RestController
@Tag(name = "Awards")
class RoundsWriteApi {

	private final RoundDesk desk;

	private final Clock clock;

	RoundsWriteApi(RoundDesk desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	@PostMapping("/api/v1/award-rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a year's round with its categories (the secretariat: NETWORK_COORDINATOR or SYSTEM_ADMIN); "
			+ "422 names the first field at fault (year out of range, windows out of order, a quota outside 1-100, a code "
			+ "twice), 409 when the year has its round already")
	RoundView open(@RequestBody NewRound body) {
		return RoundView.of(desk.open(body.plan()), clock.instant());
	}

	@Schema(name = "NewAwardRound")
	record NewRound(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "2500", maximum = "2800") Integer yearBe,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String titleTh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String titleEn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant nominationsOpenAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "After nominationsOpenAt") Instant nominationsCloseAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not before nominationsCloseAt") Instant judgingOpenAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "After judgingOpenAt; the scores lock then") Instant judgingCloseAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not before judgingCloseAt") Instant announcementAt,
			@Schema(description = "Judges do not see who nominated") Boolean blindJudging,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 20) List<NewCategory> categories) {

		AwardRound.Plan plan() {
			if (yearBe == null) {
				throw DomainException.invalid("yearBe", "error.required");
			}
			return new AwardRound.Plan(yearBe, titleTh, titleEn,
					new Windows(nominationsOpenAt, nominationsCloseAt, judgingOpenAt, judgingCloseAt, announcementAt),
					Boolean.TRUE.equals(blindJudging),
					categories == null ? List.of() : categories.stream().map(NewCategory::plan).toList());
		}
	}

	@Schema(name = "NewAwardCategory")
	record NewCategory(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[A-Z][A-Z0-9_]{0,39}$", example = "MODEL_PROVINCE") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String nameTh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String nameEn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = NomineeKind.class) String nomineeKind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100") Integer quota,
			Boolean plaque, @Schema(minimum = "0") BigDecimal prizeBaht, @Schema(maxLength = 4000) String criteriaTh,
			@Schema(maxLength = 4000) String criteriaEn, List<RoundView.Requirement> eligibility) {

		AwardCategory.Plan plan() {
			if (code != null && !RoundForm.CODE.matcher(code.strip()).matches()) {
				throw DomainException.invalid("code", "awards.error.code");
			}
			NomineeKind kind;
			try {
				kind = nomineeKind == null ? null : NomineeKind.valueOf(nomineeKind.strip());
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("nomineeKind", "awards.error.noSuchKind");
			}
			return new AwardCategory.Plan(code, nameTh, nameEn, kind, quota == null ? 0 : quota, Boolean.TRUE.equals(plaque),
					prizeBaht, criteriaTh, criteriaEn, eligibility == null ? List.of()
							: eligibility.stream().map(r -> new EligibilityItem(r.textTh(), r.textEn())).toList());
		}
	}
}
