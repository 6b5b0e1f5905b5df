package th.tipnet.awards;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who gives each round's certificates ({@code award_round_issuer}), one row a round. */
@Repository
class RoundIssuers {

	private final JdbcTemplate jdbc;

	RoundIssuers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CertificateIssuer> of(RoundId round) {
		return jdbc
			.query("SELECT name_th, name_en FROM award_round_issuer WHERE round_id = ?",
					(rs, i) -> new CertificateIssuer(rs.getString(1), rs.getString(2)), round.value())
			.stream()
			.findFirst();
	}

	void name(RoundId round, CertificateIssuer issuer, Instant at) {
		UUID id = round.value();
		int updated = jdbc.update("UPDATE award_round_issuer SET name_th = ?, name_en = ?, updated_at = ? WHERE round_id = ?",
				issuer.nameTh(), issuer.nameEn(), at.atOffset(ZoneOffset.UTC), id);
		if (updated == 0) {
			jdbc.update("INSERT INTO award_round_issuer (round_id, name_th, name_en, updated_at) VALUES (?, ?, ?, ?)", id,
					issuer.nameTh(), issuer.nameEn(), at.atOffset(ZoneOffset.UTC));
		}
	}
}
