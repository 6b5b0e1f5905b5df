package th.tipnet.exhibition;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ProductPhotos extends CrudRepository<ProductPhoto, UUID> {
}
