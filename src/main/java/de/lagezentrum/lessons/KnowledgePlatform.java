package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.lessons.knowledge.KnowledgeStore;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.documents.Markdown;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The public knowledge platform ({@code /wissen}): published resilience factors of the installation's first
 * municipality (as the press area answers for it), filtered and searched in German. Drafts and factors in review
 * do not exist here (404).
 */
@Service
public class KnowledgePlatform {

    private static final String ENTITY = "ResilienceFactor";
    private static final int MAX_QUERY = 200;

    private final KnowledgeStore store;
    private final TenantDirectory tenants;
    private final Markdown markdown;
    private final TransactionTemplate reads;

    KnowledgePlatform(KnowledgeStore store, TenantDirectory tenants, Markdown markdown,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.tenants = tenants;
        this.markdown = markdown;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
    }

    /** Published factors, newest first, narrowed by the filter; a search ranks by relevance. */
    public List<FactorSearchHit> factors(FactorFilter filter) {
        FactorFilter bounded = new FactorFilter(bounded(filter.q()), filter.theme(), filter.invasiveness(),
                filter.transferability());
        return read(tenantId -> store.published(tenantId, bounded));
    }

    /** The themes of published factors, for the filter. */
    public List<String> themes() {
        return read(store::publishedThemes);
    }

    /** A search of published factors in German (stemming), with {@code <mark>} snippets. */
    public List<FactorSearchHit> search(String q) {
        return factors(new FactorFilter(q, null, null, null));
    }

    /** A published factor by its slug; 404 for anything else. */
    public PublicFactor factor(String slug) {
        return read(tenantId -> store.publishedFactor(tenantId, slug)
                .map(factor -> new PublicFactor(factor.slug(), factor.title(), factor.summary(),
                        markdown.html(factor.body()), factor.theme(), factor.invasiveness(), factor.transferability(),
                        factor.publishedAt(), factor.examples(), store.credited(tenantId, factor.id()),
                        store.recommendationsOf(tenantId, factor.id()).stream()
                                .map(r -> new PublicFactor.Recommendation(r.title(), markdown.html(r.body()))).toList()))
                .orElseThrow(() -> new NotFoundException(ENTITY)));
    }

    /** Published factors for the Atom feed, newest first. */
    public List<PublicFactor> feed() {
        return read(tenantId -> store.published(tenantId, new FactorFilter(null, null, null, null)).stream()
                .limit(50).map(hit -> factor(hit.slug())).toList());
    }

    private static String bounded(String q) {
        return q == null ? null : q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    private <T> T read(Function<UUID, T> work) {
        UUID tenantId = tenants.defaultTenantId();
        return TenantScope.call(tenantId, () -> reads.execute(status -> work.apply(tenantId)));
    }
}
