package th.tipnet.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A case as its intake answers it: the case, and the possible earlier cases of its person as a group
 * intake flags them (an organisation that holds one, its number only when the caller's own
 * organisation leads it). A single intake is a group of one.
 */
@Schema(name = "OpenedCase", allOf = CaseView.class)
record OpenedCase(@JsonUnwrapped @Schema(hidden = true) CaseView caseView,
		@ArraySchema(schema = @Schema(implementation = PossibleMatches.Match.class),
				arraySchema = @Schema(description = "Earlier cases that may be the same person (a name in any script, birth "
						+ "within 2 years, a nationality in common): only the organisation holding one the caller may not see")) List<PossibleMatches.Match> possibleMatches) {
}
