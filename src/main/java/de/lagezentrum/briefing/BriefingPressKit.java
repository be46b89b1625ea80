package de.lagezentrum.briefing;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.questions.PressKitStore;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.files.AcceptedTypes;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.FileStore;
import de.lagezentrum.platform.files.StoredFile;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The briefing module's facade for press kits: the documents (PDF or images) the press office attaches to
 * a briefing, each with a title. Journalists of the municipality, the chair and the panel list and download
 * them before and during the briefing; for anybody else they do not exist (404). Attaching and removing
 * are the press office's and in the audit log.
 */
@Service
public class BriefingPressKit {

    /** Largest document. */
    public static final DataSize MAX_SIZE = DataSize.ofMegabytes(25);
    /** Longest title, in characters. */
    public static final int MAX_TITLE = 200;

    private static final String ENTITY = "PressKitItem";

    private final BriefingManagement briefings;
    private final BriefingAccess access;
    private final PressKitStore store;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    BriefingPressKit(BriefingManagement briefings, BriefingAccess access, PressKitStore store, FileStore files,
            AuditLog audit, Clock clock) {
        this.briefings = briefings;
        this.access = access;
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The briefing's documents, in the order added. */
    @Transactional(readOnly = true)
    public List<PressKitItem> items(CurrentUser user, UUID briefingId) {
        briefings.joinable(user, briefingId);
        return store.items(user.tenantId(), briefingId);
    }

    /**
     * The press office attaches a document; its type is told by its content.
     *
     * @param fileName the name it was uploaded under; may be null
     * @throws InvalidInputException for an empty or too long title, or no content
     * @throws de.lagezentrum.platform.files.FileTooLargeException over {@link #MAX_SIZE} (413)
     * @throws de.lagezentrum.platform.files.UnsupportedFileTypeException for anything but PDF or an image (415)
     */
    @Transactional
    public PressKitItem attach(CurrentUser user, UUID briefingId, @Nullable String title, InputStream content,
            @Nullable String fileName) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        access.requirePressOffice(user);
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("title", "presskit.title.required");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "presskit.title.too-long");
        }
        StoredFile file = files.store(user.tenantId(), content, fileName, MAX_SIZE.toBytes(),
                AcceptedTypes.DOCUMENTS_AND_IMAGES);
        if (file.bytes() == 0) {
            throw new InvalidInputException("file", "presskit.file.required");
        }
        PressKitItem item = store.insert(user.tenantId(), briefingId, stripped, file, clock.instant());
        audit.record(user.tenantId(), "PRESS_KIT_ATTACHED", ENTITY, item.id(), briefing.title() + ": " + stripped,
                null, Map.of("title", stripped, "contentType", file.contentType(), "bytes", file.bytes(),
                        "sha256", file.sha256()));
        return item;
    }

    /** The press office removes a document. */
    @Transactional
    public void remove(CurrentUser user, UUID briefingId, UUID itemId) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        access.requirePressOffice(user);
        PressKitItem item = store.find(user.tenantId(), briefingId, itemId)
                .orElseThrow(() -> new NotFoundException(ENTITY));
        UUID fileId = store.fileOf(user.tenantId(), briefingId, itemId).orElseThrow();
        store.delete(user.tenantId(), briefingId, itemId);
        files.delete(user.tenantId(), new FileId(fileId));
        audit.record(user.tenantId(), "PRESS_KIT_REMOVED", ENTITY, itemId, briefing.title() + ": " + item.title(),
                Map.of("title", item.title()), null);
    }

    /** One document's content, to be served with {@link de.lagezentrum.platform.files.FileResponses}. */
    @Transactional(readOnly = true)
    public FileContent open(CurrentUser user, UUID briefingId, UUID itemId) {
        briefings.joinable(user, briefingId);
        return content(user.tenantId(), briefingId, itemId);
    }

    /**
     * The documents of a briefing of that municipality, for the public page once the briefing is published.
     * No access check: the caller decides that the briefing is public.
     */
    @Transactional(readOnly = true)
    public List<PressKitItem> itemsForPublication(UUID tenantId, UUID briefingId) {
        return TenantScope.call(tenantId, () -> store.items(tenantId, briefingId));
    }

    /**
     * One document's content of a briefing of that municipality, for the public page once the briefing is
     * published. No access check: the caller decides that the briefing is public.
     *
     * @throws NotFoundException for a document the briefing does not have
     */
    @Transactional(readOnly = true)
    public FileContent contentForPublication(UUID tenantId, UUID briefingId, UUID itemId) {
        return TenantScope.call(tenantId, () -> content(tenantId, briefingId, itemId));
    }

    private FileContent content(UUID tenantId, UUID briefingId, UUID itemId) {
        PressKitItem item = store.find(tenantId, briefingId, itemId).orElseThrow(() -> new NotFoundException(ENTITY));
        UUID fileId = store.fileOf(tenantId, briefingId, itemId).orElseThrow(() -> new NotFoundException(ENTITY));
        return files.open(tenantId, new FileId(fileId)).named(item.fileName());
    }
}
