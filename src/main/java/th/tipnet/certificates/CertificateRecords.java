package th.tipnet.certificates;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.tipnet.common.SecretBox;

/** The issued certificates and the signatories, in SQL; the holder's name is sealed at rest. */
@Repository
class CertificateRecords {

	private static final String COLUMNS = "number, kind, language, holder, title, issuer, signatory_name, signatory_position, "
			+ "issued_on, revoked_at, replaced_by";

	private final JdbcTemplate jdbc;

	private final SecretBox box;

	CertificateRecords(JdbcTemplate jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	Optional<IssuedCertificate> byNumber(CertificateNumber number) {
		return jdbc.query("SELECT " + COLUMNS + " FROM certificate WHERE number = ?", this::issued, number.value())
			.stream()
			.findFirst();
	}

	/** The valid certificate for a reference, locked until the transaction ends so a reissue waits its turn. */
	Optional<IssuedCertificate> byReference(String reference) {
		return jdbc.query("SELECT " + COLUMNS + " FROM certificate WHERE reference = ? FOR UPDATE", this::issued, reference)
			.stream()
			.findFirst();
	}

	void insert(CertificateNumber number, Statement s, Instant at) {
		jdbc.update("INSERT INTO certificate (number, reference, kind, language, holder, title, issuer, signatory_name, "
				+ "signatory_position, issued_on, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number.value(), s.reference(),
				s.kind().name(), s.language().getLanguage(), box.seal(s.holder()), s.title(), s.issuer(), s.signatoryName(),
				s.signatoryPosition(), Date.valueOf(s.issuedOn()), at.atOffset(ZoneOffset.UTC));
	}

	/** Revokes a valid certificate; false when there is none under that number, or it was revoked already. */
	boolean revoke(CertificateNumber number, Instant at, CertificateNumber replacement) {
		return jdbc.update("UPDATE certificate SET reference = NULL, revoked_at = ?, replaced_by = ? WHERE number = ? "
				+ "AND revoked_at IS NULL", at.atOffset(ZoneOffset.UTC), replacement == null ? null : replacement.value(),
				number.value()) == 1;
	}

	Optional<Signatory> signatory(String scope) {
		return jdbc
			.query("SELECT name_th, position_th, name_en, position_en FROM certificate_signatory WHERE scope = ?",
					(rs, i) -> new Signatory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), scope)
			.stream()
			.findFirst();
	}

	void appoint(String scope, Signatory s, Instant at) {
		int updated = jdbc.update("UPDATE certificate_signatory SET name_th = ?, position_th = ?, name_en = ?, position_en = ?, "
				+ "updated_at = ?, version = version + 1 WHERE scope = ?", s.nameTh(), s.positionTh(), s.nameEn(), s.positionEn(),
				at.atOffset(ZoneOffset.UTC), scope);
		if (updated == 0) {
			jdbc.update("INSERT INTO certificate_signatory (scope, name_th, position_th, name_en, position_en, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)", scope, s.nameTh(), s.positionTh(), s.nameEn(), s.positionEn(), at.atOffset(ZoneOffset.UTC));
		}
	}

	private IssuedCertificate issued(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		String replacedBy = rs.getString("replaced_by");
		return new IssuedCertificate(new CertificateNumber(rs.getString("number")), CertificateKind.valueOf(rs.getString("kind")),
				Locale.forLanguageTag(rs.getString("language")), box.open(rs.getString("holder")), rs.getString("title"),
				rs.getString("issuer"), rs.getString("signatory_name"), rs.getString("signatory_position"),
				rs.getDate("issued_on").toLocalDate(), revoked == null ? null : revoked.toInstant(),
				replacedBy == null ? null : new CertificateNumber(replacedBy));
	}
}
