package th.tipnet.directory;

import org.springframework.data.repository.ListCrudRepository;

/** The provinces: reference data, read-only after loading. */
interface Provinces extends ListCrudRepository<Province, String> {
}
