package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.web.ProblemWriter;

/**
 * The file store under {@code lagezentrum.files.directory} (default {@code <data dir>/files}), the limits of
 * upload bodies, and the servlet container's multipart handling: parts are spooled to disk in the store's
 * {@code .multipart} directory from the first byte (never held in memory) and the container stops a body at
 * the ceiling, {@code lagezentrum.files.max-bytes}.
 */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    /** Before Spring Security's filter chains (order -100), which may read multipart parameters. */
    static final int UPLOAD_SIZE_FILTER_ORDER = -110;

    /** Where the container spools multipart bodies, inside the store's directory (same disk, same backup). */
    static final String MULTIPART_DIRECTORY = ".multipart";

    /** Room for the form fields beside the file in a multipart request. */
    static final long FORM_FIELD_BYTES = 1024 * 1024;

    @Bean
    FilesystemFileStore fileStore(FilesProperties properties, LagezentrumProperties lagezentrum, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        Path root = createdDirectory(root(properties, lagezentrum));
        return new FilesystemFileStore(root, properties.maxBytes().toBytes(), properties.reserve().toBytes(), jdbc,
                transactionManager, clock);
    }

    @Bean
    LeftoverUploads leftoverUploads(FilesProperties properties, LagezentrumProperties lagezentrum, Clock clock) {
        Path root = root(properties, lagezentrum);
        return new LeftoverUploads(root, root.resolve(MULTIPART_DIRECTORY), properties.abandonedAfter(), clock);
    }

    /** Replaces Spring Boot's from {@code spring.servlet.multipart.*}: these settings follow the store's. */
    @Bean
    MultipartConfigElement multipartConfigElement(FilesProperties properties, LagezentrumProperties lagezentrum) {
        Path location = createdDirectory(root(properties, lagezentrum).resolve(MULTIPART_DIRECTORY));
        long ceiling = properties.maxBytes().toBytes();
        return new MultipartConfigElement(location.toString(), ceiling, ceiling + FORM_FIELD_BYTES, 0);
    }

    @Bean
    UploadLimits uploadLimits(List<UploadLimit> declared, FilesProperties properties) {
        return new UploadLimits(declared, properties.maxBytes().toBytes(), properties.defaultUploadBytes().toBytes());
    }

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(UploadLimits limits, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new UploadSizeFilter(limits, problems));
        registration.setOrder(UPLOAD_SIZE_FILTER_ORDER);
        return registration;
    }

    /**
     * A client that asks {@code Expect: 100-continue} (curl does for large bodies) hears "continue" only when
     * the application starts reading, so a refused upload is never sent at all (Tomcat's default answers at once).
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    static Path root(FilesProperties properties, LagezentrumProperties lagezentrum) {
        Path directory = properties.directory() != null ? properties.directory() : lagezentrum.dataDir().resolve("files");
        return directory.toAbsolutePath().normalize();
    }

    private static Path createdDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store's directory " + directory, e);
        }
    }
}
