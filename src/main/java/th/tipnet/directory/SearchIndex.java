package th.tipnet.directory;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index whole: at start-up, once the reference data is in, an index with fewer
 * documents than the database has organisations (a new install, a lost or new index directory) is
 * rebuilt from the database. Changes after that are indexed as they are made.
 */
@Component
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManager entityManager;

	private final Organisations organisations;

	private final java.nio.file.Path versionFile;

	SearchIndex(EntityManager entityManager, Organisations organisations,
			@org.springframework.beans.factory.annotation.Value("${tipnet.data-dir:./data}") String dataDir) {
		this.entityManager = entityManager;
		this.organisations = organisations;
		this.versionFile = java.nio.file.Path.of(dataDir, "index", "tipnet-analysis-version");
	}

	@EventListener
	@Order(0)
	@Transactional
	public void on(ReferenceDataLoaded loaded) throws InterruptedException {
		long indexed = Search.session(entityManager).search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
		long stored = organisations.count();
		boolean analysisChanged = !String.valueOf(ThaiAnalysis.VERSION).equals(recordedVersion());
		if (indexed != stored || analysisChanged) {
			log.info("Search index has {} of {} organisations{}: rebuilding", indexed, stored,
					analysisChanged ? " (analysis changed)" : "");
			rebuild();
		}
		recordVersion();
	}

	private String recordedVersion() {
		try {
			return java.nio.file.Files.exists(versionFile) ? java.nio.file.Files.readString(versionFile).strip() : null;
		}
		catch (java.io.IOException e) {
			return null;
		}
	}

	private void recordVersion() {
		try {
			java.nio.file.Files.createDirectories(versionFile.getParent());
			java.nio.file.Files.writeString(versionFile, String.valueOf(ThaiAnalysis.VERSION));
		}
		catch (java.io.IOException e) {
			log.warn("Cannot record the search analysis version in {}", versionFile);
		}
	}

	void rebuild() throws InterruptedException {
		Search.session(entityManager).massIndexer(Organisation.class).threadsToLoadObjects(2).batchSizeToLoadObjects(50).startAndWait();
	}
}
