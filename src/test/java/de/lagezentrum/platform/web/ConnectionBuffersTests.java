package de.lagezentrum.platform.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's per-connection buffers as the application configures them: a live event holds one connection
 * per participant open for hours, so what each connection keeps counts ten thousand times.
 */
@IntegrationTest
class ConnectionBuffersTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void everyOpenConnectionKeepsSmallBuffersAndManyConnectionsMayBeOpen() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString(Integer.toString(WebConfiguration.SOCKET_BUFFER_BYTES));
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(Integer.toString(WebConfiguration.SOCKET_BUFFER_BYTES));
        assertThat(protocol.getMaxHttpResponseHeaderSize()).isEqualTo(4096);
        assertThat(protocol.getMaxHttpRequestHeaderSize()).isEqualTo(8192);
        assertThat(protocol.getMaxConnections()).isGreaterThanOrEqualTo(10_000);
    }
}
