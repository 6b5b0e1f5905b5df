package th.tipnet.cases;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers gap-free per Buddhist-Era year and province. The next number is taken
 * under the counter row's lock inside the intake's transaction: a concurrent intake for the same
 * year and province waits for it to commit or roll back, so a failed intake leaves no gap and two
 * never share a number, on any instance. A plain row lock, which H2 and PostgreSQL both honour.
 */
@Component
class CaseNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Makes sure the year and province have a counter, before the intake's transaction begins: the
	 * year's first intakes in a province race to create it, and the losers' failed insert must not
	 * sit in a transaction that goes on (PostgreSQL would abort it), nor hold a second connection.
	 */
	void prepare(int yearBe, String provinceCode) {
		if (exists(yearBe, provinceCode)) {
			return;
		}
		try {
			own.executeWithoutResult(s -> jdbc.update(
					"INSERT INTO nrm_case_counter (year_be, province_code, last_number) VALUES (?, ?, 0)", yearBe,
					provinceCode));
		}
		catch (DataIntegrityViolationException createdMeanwhile) {
			// another intake created it first: it is there to lock
		}
	}

	/** The next number, under the counter's lock; call it in the transaction that stores the case. */
	@Transactional(propagation = Propagation.MANDATORY)
	CaseNumber next(int yearBe, String provinceCode) {
		int last = jdbc
			.query("SELECT last_number FROM nrm_case_counter WHERE year_be = ? AND province_code = ? FOR UPDATE",
					(rs, i) -> rs.getInt(1), yearBe, provinceCode)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no counter prepared for " + yearBe + " " + provinceCode));
		jdbc.update("UPDATE nrm_case_counter SET last_number = ? WHERE year_be = ? AND province_code = ?", last + 1, yearBe,
				provinceCode);
		return CaseNumber.of(yearBe, provinceCode, last + 1);
	}

	private boolean exists(int yearBe, String provinceCode) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_counter WHERE year_be = ? AND province_code = ?",
				Integer.class, yearBe, provinceCode);
		return n != null && n > 0;
	}
}
