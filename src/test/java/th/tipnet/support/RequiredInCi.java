package th.tipnet.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Suites that need an outside part (Chromium, PostgreSQL) skip on a developer machine that lacks it,
 * but under CI ({@code CI=true}) a missing part fails the run: in CI nothing skips.
 */
final class RequiredInCi {

	private RequiredInCi() {
	}

	static ConditionEvaluationResult unavailable(String what) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(what + " is required in CI but is not available");
		}
		return ConditionEvaluationResult.disabled(what + " is not available on this machine");
	}
}
