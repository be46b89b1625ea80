package de.lagezentrum.live.events.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.platform.realtime.LiveHub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant's stream whose client stops reading is let go once its receive window has stayed at
 * zero for the dead-reader period ({@code lagezentrum.live.dead-reader-seconds}, 2 s in the tests, 15 s
 * by default), long before a write to it would block: the server closes the connection, while a client
 * that reads gets every event and keeps its stream. Over real sockets on the test server's port; the
 * zero window is read from Linux's {@code /proc/net/tcp*}.
 */
@IntegrationTest
class DeadReaderStreamTests {

    private static final List<Path> TCP = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    @LocalServerPort
    int port;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveHub hub;

    @Test
    void aClientThatStopsReadingIsLetGoAndOneThatReadsKeepsItsStream() throws Exception {
        assumeThat(Files.isReadable(TCP.get(0))).as("Linux tells the state of its connections").isTrue();
        EventView event = fixtures.running(fixtures.hosts("Lesestadt"), "Lesetag", JoinPolicy.ANONYMOUS);
        try (Socket dead = new Socket(); Socket reading = new Socket()) {
            dead.setReceiveBufferSize(4096);
            open(dead, event, fixtures.join(event, null).participantToken());
            open(reading, event, fixtures.join(event, null).participantToken());
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> drain(reading, received), "test-reading-client");
            reader.setDaemon(true);
            reader.start();

            // about 12 KB: more than the stopped client's window takes, less than the server's send buffer,
            // so no write blocks and only the zero window tells
            for (int i = 0; i < 12; i++) {
                hub.publish(LiveEvents.topic(event.id()), "status", Map.of("n", i, "filler", "x".repeat(1000)));
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> !established(dead));
            await().atMost(Duration.ofSeconds(10)).until(() -> text(received).contains("\"n\":11"));
            assertThat(established(reading)).as("the reading client's stream").isTrue();
            reader.interrupt();
        }
    }

    private void open(Socket socket, EventView event, String token) throws IOException {
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write(("GET /api/v1/events/" + event.id() + "/stream HTTP/1.1\r\n"
                + "Host: localhost\r\nAccept: text/event-stream\r\n" + "X-Participant-Token: " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        // read just the answer's head and the first comment, then read no more
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().contains(":connected")) {
            int b = in.read();
            assertThat(b).as("the stream opens").isNotNegative();
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200").containsIgnoringCase("connection: close");
    }

    private static void drain(Socket socket, ByteArrayOutputStream into) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (into) {
                    into.write(buffer, 0, n);
                }
            }
        }
        catch (IOException e) {
            // closed at the end of the test
        }
    }

    private static String text(ByteArrayOutputStream received) {
        synchronized (received) {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the server's side of the client's connection is still established. */
    private boolean established(Socket client) throws IOException {
        String local = String.format(":%04X ", port);
        String remote = String.format(":%04X ", client.getLocalPort());
        for (Path file : TCP) {
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 3 && (fields[1] + " ").endsWith(local) && (fields[2] + " ").endsWith(remote)) {
                    return fields[3].equals(ESTABLISHED);
                }
            }
        }
        return false;
    }
}
