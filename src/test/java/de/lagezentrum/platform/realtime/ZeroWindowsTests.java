package de.lagezentrum.platform.realtime;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.lagezentrum.platform.realtime.ZeroWindows.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading Linux's connection tables: only established connections whose peer's window is zero count. */
class ZeroWindowsTests {

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";

    @Test
    void findsEstablishedConnectionsAtAZeroWindowInBothTables() throws Exception {
        List<String> lines = List.of(HEADER,
                // 127.0.0.1:8080 ← 127.0.0.1:50000, established, probing a zero window, 12,000 bytes queued
                "   0: 0100007F:1F90 0100007F:C350 01 00002EE0:00000000 04:000000C8 00000000     0        0 101 1 0 20 4 30 10 -1",
                // the same server, another client that reads: a retransmit timer, not a probe
                "   1: 0100007F:1F90 0100007F:C351 01 00000100:00000000 01:00000014 00000000     0        0 102 1 0 20 4 30 10 -1",
                // a connection being closed that still probes: not established
                "   2: 0100007F:1F90 0100007F:C352 04 00000100:00000000 04:000000C8 00000000     0        0 0 1 0 20 4 30 10 -1",
                // tcp6: an IPv4 client of a dual-stack socket (::ffff:10.1.2.3) and an IPv6 one (::1)
                "   0: 00000000000000000000000000000000:1F90 0000000000000000FFFF00000302010A:D431 01 00001000:00000000 04:00000064 00000000 0 0 103 1 0",
                "   1: 00000000000000000000000000000000:1F90 00000000000000000000000001000000:D432 01 00001000:00000000 04:00000064 00000000 0 0 104 1 0",
                "garbage", "");

        assertThat(ZeroWindows.parse(lines)).containsExactlyInAnyOrder(
                new Connection(8080, InetAddress.getByName("127.0.0.1"), 50000),
                new Connection(8080, InetAddress.getByName("10.1.2.3"), 54321),
                new Connection(8080, InetAddress.getByName("::1"), 54322));
    }

    @Test
    void aRequestsConnectionMatchesWhatTheTablesSay() throws Exception {
        assertThat(Connection.of(8080, "::ffff:10.1.2.3", 54321))
                .isEqualTo(new Connection(8080, InetAddress.getByName("10.1.2.3"), 54321));
        assertThat(Connection.of(8080, "0:0:0:0:0:0:0:1", 54322))
                .isEqualTo(new Connection(8080, InetAddress.getByName("::1"), 54322));
        // a name (from a forwarded header, say) is not looked up and not watched
        assertThat(Connection.of(8080, "proxy.example", 1)).isNull();
        assertThat(Connection.of(8080, "", 1)).isNull();
    }
}
