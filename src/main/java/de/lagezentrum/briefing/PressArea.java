package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.briefings.BriefingQueries;
import de.lagezentrum.briefing.briefings.BriefingRepository;
import de.lagezentrum.briefing.briefings.BriefingViews;
import de.lagezentrum.briefing.briefings.Occurrences;
import de.lagezentrum.briefing.press.PressFeed;
import de.lagezentrum.briefing.press.PressReleaseStore;
import de.lagezentrum.briefing.press.PublicMaterial;
import de.lagezentrum.briefing.press.PublicReads;
import de.lagezentrum.briefing.press.PublicationStore;
import de.lagezentrum.briefing.press.SignLanguageVideoStore;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.files.AcceptedTypes;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.files.StoredFile;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;

/**
 * The public press area of the municipality that answers anonymous visitors (the installation's first,
 * as for the public calendar and the accreditation): the front page with upcoming briefings, published
 * ones and press releases, the Atom feed, and the video in German Sign Language (DGS), which the press
 * office uploads.
 */
@Service
public class PressArea {

    /** How far ahead the front page lists briefings. */
    public static final int UPCOMING_DAYS = 28;
    /** How many published briefings and releases the front page lists. */
    public static final int FRONT_PAGE_ITEMS = 10;
    /** How many of each the feed carries. */
    public static final int FEED_ITEMS = 50;
    /** The largest DGS video. */
    public static final DataSize VIDEO_MAX = DataSize.ofMegabytes(500);
    /** DGS is seen: video only. */
    public static final AcceptedTypes VIDEO = AcceptedTypes.of("video/*");

    private final BriefingAccess access;
    private final BriefingQueries queries;
    private final BriefingRepository briefings;
    private final Occurrences occurrences;
    private final BriefingViews views;
    private final BriefingPublications publications;
    private final PressReleases releases;
    private final PublicationStore publicationStore;
    private final PressReleaseStore releaseStore;
    private final SignLanguageVideoStore videos;
    private final PressFeed feed;
    private final PublicReads reads;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DateFormats dates;
    private final TransactionTemplate writes;
    private final Clock clock;
    private final PublicMaterial material;
    private final MessageSource messages;

    PressArea(BriefingAccess access, BriefingQueries queries, BriefingRepository briefings, Occurrences occurrences,
            BriefingViews views, BriefingPublications publications, PressReleases releases,
            PublicationStore publicationStore, PressReleaseStore releaseStore, SignLanguageVideoStore videos,
            PressFeed feed, PublicReads reads, FileStore files, AuditLog audit, ApplicationEventPublisher events,
            DateFormats dates, PlatformTransactionManager transactions, Clock clock, PublicMaterial material,
            MessageSource messages) {
        this.access = access;
        this.queries = queries;
        this.briefings = briefings;
        this.occurrences = occurrences;
        this.views = views;
        this.publications = publications;
        this.releases = releases;
        this.publicationStore = publicationStore;
        this.releaseStore = releaseStore;
        this.videos = videos;
        this.feed = feed;
        this.reads = reads;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.dates = dates;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
        this.material = material;
        this.messages = messages;
    }

    /** The front page: upcoming briefings (cancelled ones marked), published briefings, press releases. */
    public PressAreaOverview overview() {
        return reads.write(tenantId -> {
            Instant now = clock.instant();
            LocalDate today = dates.today(tenantId, clock);
            occurrences.materialiseAll(tenantId, today, today.plusDays(UPCOMING_DAYS), now);
            List<BriefingView> upcoming = views.of(tenantId, queries.between(tenantId, now,
                    now.plus(Duration.ofDays(UPCOMING_DAYS)), new PageRequest(0, 50)).items()).stream()
                    .filter(briefing -> briefing.end().isAfter(now)).map(BriefingPublications::forPublic).toList();
            return new PressAreaOverview(upcoming, published(tenantId, FRONT_PAGE_ITEMS),
                    releaseStore.publicOnes(tenantId, FRONT_PAGE_ITEMS).stream().map(releases::view).toList());
        });
    }

    /**
     * The Atom feed of published briefings and press releases.
     *
     * @param base the site's address without a trailing slash
     */
    public String feed(String base) {
        return reads.read(tenantId -> {
            List<PressFeed.Entry> entries = new ArrayList<>();
            for (PublishedBriefing each : published(tenantId, FEED_ITEMS)) {
                List<SoundbiteView> soundbites = material.soundbitesOf(each.briefing().id());
                entries.add(new PressFeed.Entry(each.briefing().id(), "briefing", each.briefing().title(),
                        "/presse/briefings/" + each.briefing().id(), each.publication().publishedAt(),
                        each.publication().changedAt(), each.publication().summaryHtml() + soundbiteList(base, soundbites),
                        soundbites.stream().filter(soundbite -> soundbite.delivery() != SoundbiteView.Delivery.FRAGMENT)
                                .map(soundbite -> new PressFeed.Enclosure(
                                        PublicMaterial.soundbite(soundbite.briefingId(), soundbite.id()),
                                        soundbite.title(), soundbite.contentType(), soundbite.bytes()))
                                .toList()));
            }
            releaseStore.publicOnes(tenantId, FEED_ITEMS).stream().map(releases::view)
                    .forEach(release -> entries.add(new PressFeed.Entry(release.id(), "press-release", release.title(),
                            "/presse/mitteilungen/" + release.id(), release.publishedAt(), release.changedAt(),
                            release.bodyHtml())));
            return feed.write(base, entries);
        });
    }

    /** The press area's DGS video; empty while none is uploaded. */
    public Optional<SignLanguageVideo> signLanguageVideo() {
        return reads.read(videos::find);
    }

    /**
     * The DGS video's file, to be served with Range support.
     *
     * @param fileId the current video's file, as {@link SignLanguageVideo#fileId()} says
     * @throws NotFoundException for any other file, and while none is uploaded
     */
    public FileContent signLanguageVideoFile(UUID fileId) {
        return reads.read(tenantId -> videos.find(tenantId).filter(video -> video.fileId().equals(fileId))
                .map(video -> files.open(tenantId, new FileId(video.fileId()))))
                .orElseThrow(() -> new NotFoundException("SignLanguageVideo"));
    }

    /** The municipality's DGS video as the press office sees it; the press office only. */
    @Transactional(readOnly = true)
    public Optional<SignLanguageVideo> signLanguageVideo(CurrentUser user) {
        access.requirePressOffice(user);
        return videos.find(user.tenantId());
    }

    /**
     * Puts an uploaded video in place of the press area's DGS video; the press office only. Streamed to the
     * file store outside a transaction; the old file is deleted once the new one is in place.
     *
     * @throws de.lagezentrum.platform.files.FileRefusedException for a file too large or not a video
     */
    public SignLanguageVideo uploadSignLanguageVideo(CurrentUser user, MultipartFile upload) {
        access.requirePressOffice(user);
        StoredFile stored = files.store(user.tenantId(), upload, VIDEO_MAX.toBytes(), VIDEO);
        try {
            return writes.execute(status -> {
                Optional<FileId> old = videos.replace(user.tenantId(), stored, user.personId(), clock.instant());
                old.ifPresent(id -> files.delete(user.tenantId(), id));
                audit.record(user.tenantId(), "SIGN_LANGUAGE_VIDEO_UPLOADED", "SignLanguageVideo", stored.id().value(),
                        stored.originalName() == null ? stored.id().toString() : stored.originalName(), null,
                        Map.of("contentType", stored.contentType(), "bytes", stored.bytes()));
                events.publishEvent(new PublicPageChanged(BriefingSeriesManagement.PRESS_PAGES));
                return videos.find(user.tenantId()).orElseThrow();
            });
        }
        catch (RuntimeException e) {
            files.delete(user.tenantId(), stored.id());
            throw e;
        }
    }

    /** The O-Töne of a briefing's feed entry as HTML, each linked to its own address; titles escaped. */
    private String soundbiteList(String base, List<SoundbiteView> soundbites) {
        if (soundbites.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>")
                .append(HtmlUtils.htmlEscape(messages.getMessage("press.feed.soundbites", null, Locale.GERMAN)))
                .append("</h2><ul>");
        for (SoundbiteView soundbite : soundbites) {
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(base
                            + PublicMaterial.soundbite(soundbite.briefingId(), soundbite.id()))).append("\">")
                    .append(HtmlUtils.htmlEscape(soundbite.title())).append("</a>");
            if (soundbite.speaker() != null) {
                html.append(" – ").append(HtmlUtils.htmlEscape(soundbite.speaker().displayName()));
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private List<PublishedBriefing> published(UUID tenantId, int limit) {
        List<PublishedBriefing> found = new ArrayList<>();
        for (PublicationStore.StoredPublication stored : publicationStore.publicOnes(tenantId, limit)) {
            briefings.findByIdAndTenantId(stored.briefingId(), tenantId).ifPresent(briefing -> found.add(
                    new PublishedBriefing(BriefingPublications.forPublic(views.of(briefing)), publications.view(stored))));
        }
        return found;
    }
}
