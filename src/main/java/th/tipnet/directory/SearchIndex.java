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

	SearchIndex(EntityManager entityManager, Organisations organisations) {
		this.entityManager = entityManager;
		this.organisations = organisations;
	}

	@EventListener
	@Order(0)
	@Transactional
	public void on(ReferenceDataLoaded loaded) throws InterruptedException {
		long indexed = Search.session(entityManager).search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
		long stored = organisations.count();
		if (indexed != stored) {
			log.info("Search index has {} of {} organisations: rebuilding", indexed, stored);
			rebuild();
		}
	}

	void rebuild() throws InterruptedException {
		Search.session(entityManager).massIndexer(Organisation.class).threadsToLoadObjects(2).batchSizeToLoadObjects(50).startAndWait();
	}
}
