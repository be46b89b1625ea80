package de.lagezentrum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lagezentrum: the digital situation centre of a municipality. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class LagezentrumApplication {

    public static void main(String[] args) {
        SpringApplication.run(LagezentrumApplication.class, args);
    }
}
