package th.tipnet.exhibition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a product's photo, in their own table so that booth lists never load them. */
@Entity
@Table(name = "exhibition_product_photo")
class ProductPhoto {

	@Id
	@Column(name = "product_id")
	private UUID productId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] bytes;

	protected ProductPhoto() {
	}

	ProductPhoto(UUID productId, Photo photo) {
		this.productId = productId;
		replace(photo);
	}

	void replace(Photo photo) {
		this.contentType = photo.contentType();
		this.bytes = photo.bytes();
	}

	UUID productId() {
		return productId;
	}

	String contentType() {
		return contentType;
	}

	byte[] bytes() {
		return bytes;
	}
}
