package th.tipnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of PostgreSQL itself (its triggers, two instances on one database). The build runs these
 * in the PostgreSQL execution only; run directly without PostgreSQL they skip, or fail under CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres-only")
@ExtendWith(PostgresOnly.Condition.class)
public @interface PostgresOnly {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return TestDatabase.postgres() ? ConditionEvaluationResult.enabled("PostgreSQL run")
					: RequiredInCi.unavailable("The PostgreSQL test database (-Dtipnet.test.database=postgres)");
		}
	}
}
