package th.tipnet.exhibition;

/** A product's photo as stored: checked to be a JPEG, PNG or WebP image, without its metadata. */
record Photo(String contentType, byte[] bytes, String digest) {
}
