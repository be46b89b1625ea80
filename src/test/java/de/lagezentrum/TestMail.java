package de.lagezentrum;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real in-process SMTP server (GreenMail) on a free port for every test context; the application's
 * mail goes there instead of to Spring Boot's auto-configured sender.
 */
@Configuration(proxyBeanMethods = false)
public class TestMail {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }
}
