package de.lagezentrum.briefing.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.MediumKind;

/** The rows of {@code briefing.medium}; every query is scoped by municipality. Callers hold the transaction. */
@Component
class MediaStore {

    private static final String COLUMNS = """
            id, tenant_id, briefing_id, kind, title, speaker_id, file_id, content_type, bytes, sha256,
            recording_started_at, wav_format, wav_data_offset, wav_data_bytes, captions_file_id, recording_id,
            start_millis, end_millis, transcript, cut_file_id, created_at""";

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredMedium medium) {
        WavLayout wav = medium.wav();
        jdbc.sql("INSERT INTO briefing.medium (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(medium.id(), medium.tenantId(), medium.briefingId(), medium.kind().name(), medium.title(),
                        medium.speakerId(), medium.fileId(), medium.contentType(), medium.bytes(), medium.sha256(),
                        timestamp(medium.recordingStartedAt()), wav == null ? null : wav.format(),
                        wav == null ? null : wav.dataOffset(), wav == null ? null : wav.dataBytes(),
                        medium.captionsFileId(), medium.recordingId(), medium.startMillis(), medium.endMillis(),
                        medium.transcript(), medium.cutFileId(), timestamp(medium.createdAt()))
                .update();
    }

    Optional<StoredMedium> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.medium WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query((rs, row) -> medium(rs)).optional();
    }

    /** A briefing's media, recordings first, each kind in the order of upload. */
    List<StoredMedium> ofBriefing(UUID tenantId, UUID briefingId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM briefing.medium WHERE tenant_id = ? AND briefing_id = ?
                 ORDER BY kind, start_millis NULLS FIRST, created_at, id""")
                .params(tenantId, briefingId).query((rs, row) -> medium(rs)).list();
    }

    void setCaptions(UUID tenantId, UUID id, UUID captionsFileId) {
        jdbc.sql("UPDATE briefing.medium SET captions_file_id = ?, version = version + 1 WHERE tenant_id = ? AND id = ?")
                .params(captionsFileId, tenantId, id).update();
    }

    /**
     * Keeps a cut of the range it was made of; false when another instance was first (its cut stays) or the
     * O-Ton's range changed while ffmpeg ran (a cut of the old range must not be served under the new one).
     */
    boolean setCut(UUID tenantId, UUID id, UUID cutFileId, @Nullable Long startMillis, @Nullable Long endMillis) {
        return jdbc.sql("""
                UPDATE briefing.medium SET cut_file_id = ?
                 WHERE tenant_id = ? AND id = ? AND cut_file_id IS NULL AND start_millis = ? AND end_millis = ?""")
                .params(cutFileId, tenantId, id, startMillis, endMillis).update() > 0;
    }

    void revise(StoredMedium medium) {
        jdbc.sql("""
                UPDATE briefing.medium SET title = ?, speaker_id = ?, start_millis = ?, end_millis = ?, transcript = ?,
                       cut_file_id = ?, version = version + 1
                 WHERE tenant_id = ? AND id = ?""")
                .params(medium.title(), medium.speakerId(), medium.startMillis(), medium.endMillis(),
                        medium.transcript(), medium.cutFileId(), medium.tenantId(), medium.id())
                .update();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("DELETE FROM briefing.medium WHERE tenant_id = ? AND id = ?").params(tenantId, id).update() > 0;
    }

    private static StoredMedium medium(ResultSet rs) throws SQLException {
        byte[] format = rs.getBytes("wav_format");
        WavLayout wav = format == null ? null
                : new WavLayout(format, rs.getLong("wav_data_offset"), rs.getLong("wav_data_bytes"));
        return new StoredMedium(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("briefing_id", UUID.class), MediumKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("speaker_id", UUID.class), rs.getObject("file_id", UUID.class),
                rs.getString("content_type"), rs.getObject("bytes", Long.class), rs.getString("sha256"),
                instant(rs.getTimestamp("recording_started_at")), wav, rs.getObject("captions_file_id", UUID.class),
                rs.getObject("recording_id", UUID.class), rs.getObject("start_millis", Long.class),
                rs.getObject("end_millis", Long.class), rs.getString("transcript"),
                rs.getObject("cut_file_id", UUID.class), rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
