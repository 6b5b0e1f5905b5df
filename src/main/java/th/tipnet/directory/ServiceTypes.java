package th.tipnet.directory;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ServiceTypes extends ListCrudRepository<ServiceType, String> {

	List<ServiceType> findAllByOrderBySortOrder();
}
