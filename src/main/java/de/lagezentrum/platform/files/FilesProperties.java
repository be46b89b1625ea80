package de.lagezentrum.platform.files;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the file store, bound from {@code lagezentrum.files.*} (environment variables
 * {@code LAGEZENTRUM_FILES_*}).
 *
 * @param directory where files live; null for {@code <lagezentrum.data-dir>/files}
 * @param maxBytes the ceiling: no upload and no request body of an upload path may be larger, whatever a
 *        module declares (the servlet container's multipart limit is set to it)
 * @param defaultUploadBytes the limit of a multipart request to a path that declared no {@link UploadLimit}
 * @param reserve free space the store leaves on the file system, so that a flood of uploads cannot starve
 *        the database or the logs on the same disk; an upload that would go below it is refused with 507
 * @param abandonedAfter a temporary file unchanged for this long belongs to no running upload and is deleted
 */
@ConfigurationProperties("lagezentrum.files")
public record FilesProperties(
        @Nullable Path directory,
        @DefaultValue("2GB") DataSize maxBytes,
        @DefaultValue("10MB") DataSize defaultUploadBytes,
        @DefaultValue("256MB") DataSize reserve,
        @DefaultValue("PT1H") Duration abandonedAfter) {
}
