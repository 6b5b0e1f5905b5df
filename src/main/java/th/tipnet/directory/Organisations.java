package th.tipnet.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All organisations of the network. */
interface Organisations extends ListCrudRepository<Organisation, UUID> {

	Optional<Organisation> findByReferenceKey(String referenceKey);

	List<Organisation> findByParentIdOrderByNameTh(UUID parentId);

	@Query("select o.id from Organisation o join o.provinceCodes p where p = :code")
	List<UUID> idsCovering(@Param("code") String provinceCode);

	@Query("""
			select o from Organisation o
			where (:sector is null or o.sector = :sector)
			  and (:q is null
			       or lower(o.nameTh) like :q or lower(o.nameEn) like :q
			       or lower(o.abbreviationTh) like :q or lower(o.abbreviationEn) like :q)
			order by o.nameTh
			""")
	Page<Organisation> search(@Param("q") String likePattern, @Param("sector") Sector sector, Pageable pageable);
}
