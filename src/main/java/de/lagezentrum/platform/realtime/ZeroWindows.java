package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The established TCP connections of this machine whose peer has stopped taking data: the peer's receive
 * window is zero and the kernel is probing it (the timer {@code 4} in Linux's {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}, {@code ICSK_TIME_PROBE0}). That is how a stream's client that stopped reading
 * shows long before the socket's send buffer is full: with a few events a second it takes minutes to
 * fill, and only then would a write block. A reader that reads never stays at a zero window for long.
 *
 * <p>Where the files do not exist (another operating system) or cannot be read, no connection is
 * reported, and streams are let go only when a write has blocked for too long.
 */
final class ZeroWindows {

    private static final List<Path> FILES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";
    private static final String ZERO_WINDOW_PROBE = "04";
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*");

    /** One side of a connection as the server sees it: its own port and the peer's address and port. */
    record Connection(int localPort, InetAddress remote, int remotePort) {

        /** The connection of a request, or {@code null} if its address is no IP address. */
        static @Nullable Connection of(int localPort, String remoteAddress, int remotePort) {
            try {
                // only a literal address: a name would be looked up
                return LITERAL.matcher(remoteAddress).matches()
                        ? new Connection(localPort, unmapped(InetAddress.getByName(remoteAddress)), remotePort) : null;
            }
            catch (UnknownHostException e) {
                return null;
            }
        }
    }

    private ZeroWindows() {
    }

    /** Whether this machine tells about its connections in the files this class reads. */
    static boolean available() {
        return FILES.stream().anyMatch(Files::isReadable);
    }

    /** The connections at a zero window now; empty where that cannot be known. */
    static Set<Connection> now() {
        Set<Connection> found = new HashSet<>();
        for (Path file : FILES) {
            if (!Files.isReadable(file)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(file)) {
                lines.forEach(line -> add(line, found));
            }
            catch (IOException | RuntimeException e) {
                // the next round reads again
            }
        }
        return found;
    }

    /** The zero-window connections among lines of {@code /proc/net/tcp} or {@code /proc/net/tcp6}. */
    static Set<Connection> parse(List<String> lines) {
        Set<Connection> found = new HashSet<>();
        lines.forEach(line -> add(line, found));
        return found;
    }

    private static void add(String line, Set<Connection> found) {
        // "  12: 0100007F:1F90 0100007F:C35A 01 00000000:00000000 04:000000C8 00000000 ..."
        String[] fields = line.trim().split("\\s+", 7);
        if (fields.length < 6 || !fields[3].equals(ESTABLISHED) || !fields[5].startsWith(ZERO_WINDOW_PROBE + ":")) {
            return;
        }
        int localColon = fields[1].indexOf(':');
        int remoteColon = fields[2].indexOf(':');
        if (localColon < 0 || remoteColon < 0) {
            return;
        }
        try {
            int localPort = Integer.parseInt(fields[1].substring(localColon + 1), 16);
            int remotePort = Integer.parseInt(fields[2].substring(remoteColon + 1), 16);
            InetAddress remote = unmapped(InetAddress.getByAddress(address(fields[2].substring(0, remoteColon))));
            found.add(new Connection(localPort, remote, remotePort));
        }
        catch (NumberFormatException | UnknownHostException e) {
            // not a line of a connection
        }
    }

    /**
     * The bytes of an address as the kernel prints it: 8 or 32 hex digits, each group of 4 bytes in the
     * machine's order (little-endian on the machines Lagezentrum runs on).
     */
    private static byte[] address(String hex) {
        if (hex.length() != 8 && hex.length() != 32) {
            throw new NumberFormatException(hex);
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + i) * 2;
                bytes[word * 4 + 3 - i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return bytes;
    }

    /** An IPv4 address mapped into IPv6 (a dual-stack socket's peer) as the IPv4 address itself. */
    private static InetAddress unmapped(InetAddress address) throws UnknownHostException {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
            }
        }
        return address;
    }
}
