import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator of bench/live.sh (issue 10): joins participants, holds their SSE streams, casts votes
 * and upvotes at a set rate and measures what reaches the screens. One selector thread does all the
 * network work (HTTP/1.1 keep-alive connections for joins, votes and upvotes; one connection per stream),
 * because it shares two cores with the application and PostgreSQL: a thread per stream would cost the
 * measured server its CPU.
 *
 * <p>How vote-to-screen is measured without ids in the {@code results} event: participant j's n-th vote
 * of a poll goes to option n (a revote replaces it), so the poll's "potential", the sum over options of
 * (index + 1) × count, equals the number of committed votes. The k-th acknowledged vote has reached a
 * screen when that screen receives a {@code results} event whose potential is at least k, and every
 * participant when the last of them has (votes in flight may lift the potential a little early: the
 * figure errs by at most the votes in flight, a few milliseconds at these rates). Upvotes of one question
 * are counted the same way by its {@code upvotes}.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/live/LiveLoad.java --base=http://127.0.0.1:8190
 * --host-token=… [--base-b=…] [--app-pids=…] …}; bench/live.sh passes every setting.
 */
public class LiveLoad {

    static final Map<String, String> OPTS = new LinkedHashMap<>();

    static String opt(String key, String fallback) {
        return OPTS.getOrDefault(key, fallback);
    }

    static int intOpt(String key, int fallback) {
        return Integer.parseInt(opt(key, Integer.toString(fallback)));
    }

    static double doubleOpt(String key, double fallback) {
        return Double.parseDouble(opt(key, Double.toString(fallback)));
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[live %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + arg);
            }
            int eq = arg.indexOf('=');
            OPTS.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        new LiveLoad().run();
    }

    // --- settings --------------------------------------------------------------------------------------

    final URI baseA = URI.create(opt("base", "http://127.0.0.1:8190"));
    final URI baseB = OPTS.containsKey("base-b") ? URI.create(opt("base-b", "")) : null;
    final String hostToken = opt("host-token", "");
    final Set<String> scenarios = new HashSet<>(Arrays.asList(opt("scenarios", "join,vote,upvote,fanout,slow,two").split(",")));
    final int joins = intOpt("joins", 5000);
    final int joinConcurrency = intOpt("join-concurrency", 64);
    final double voteRate = doubleOpt("vote-rate", 2000);
    final int voteSeconds = intOpt("vote-seconds", 15);
    final double upvoteRate = doubleOpt("upvote-rate", 500);
    final int fanout = intOpt("fanout", 10000);
    final double fanoutRate = doubleOpt("fanout-vote-rate", 500);
    final int fanoutSeconds = intOpt("fanout-seconds", 10);
    final double slowShare = doubleOpt("slow-share", 0.05);
    final int slowWatch = intOpt("slow-watch-seconds", 45);
    final int twoParticipants = intOpt("two-participants", 1000);
    final double twoRate = doubleOpt("two-vote-rate", 200);
    final int twoSeconds = intOpt("two-seconds", 10);
    final int poolSize = intOpt("pool", 64);
    final List<Long> appPids = new ArrayList<>();
    final Path out = Path.of(opt("out", "bench/results/live-latest.md"));

    final Loop loop;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<Participant> participants = new ArrayList<>();
    final List<String[]> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String eventId;
    String joinCode;

    LiveLoad() throws IOException {
        for (String pid : opt("app-pids", "").split(",")) {
            if (!pid.isBlank()) {
                appPids.add(Long.parseLong(pid.strip()));
            }
        }
        loop = new Loop();
        Thread thread = new Thread(loop, "live-load-loop");
        thread.setDaemon(true);
        thread.start();
    }

    void run() throws Exception {
        log("creating the event");
        Instant now = Instant.now();
        Map<String, Object> event = json(call("POST", baseA, "/api/v1/events", hostToken, null, """
                {"title":"Amtsleitungstag (Last)","start":"%s","end":"%s","joinPolicy":"ANONYMOUS","qaMode":"OPEN",
                 "agenda":[{"title":"Begrüßung","speaker":"Oberbürgermeisterin"}]}"""
                .formatted(now.minusSeconds(600), now.plusSeconds(4 * 3600)), 201));
        eventId = (String) event.get("id");
        joinCode = (String) event.get("joinCode");
        log("event %s, code %s", eventId, joinCode);

        attempt("warm-up", this::warmUp);
        attempt("join storm", this::joinStorm);
        if (scenarios.contains("vote")) {
            attempt("vote burst", () -> voteBurst("vote burst", voteRate, voteSeconds, participants, null, true));
        }
        if (scenarios.contains("upvote")) {
            attempt("upvotes", this::upvotes);
        }
        if (scenarios.contains("fanout") || scenarios.contains("slow")) {
            attempt("fan-out", this::fanOut);
        }
        if (scenarios.contains("two") && baseB != null) {
            attempt("two instances", this::twoInstances);
        }
        write();
        System.exit(0);
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs a scenario; one that fails (an endpoint missing, an answer not understood) is noted, the rest go on. */
    void attempt(String name, Step step) {
        try {
            step.run();
        }
        catch (Exception | AssertionError e) {
            log("%s failed: %s", name, e);
            String why = String.valueOf(e.getMessage()).replace('|', '/').replace('\n', ' ');
            row(name, "not measured", why.length() > 140 ? why.substring(0, 140) + "…" : why, "–", false);
            try {
                loop.call(() -> {
                    loop.current = null;
                    loop.tickers.clear();
                    return null;
                });
            }
            catch (Exception ignored) {
                // the loop goes on
            }
        }
    }

    // --- scenarios -------------------------------------------------------------------------------------

    /** Joins, streams and votes on an event of its own, so that the measured runs meet a warm JVM. */
    void warmUp() throws Exception {
        int n = intOpt("warmup-joins", 2000);
        if (n <= 0) {
            return;
        }
        Instant now = Instant.now();
        Map<String, Object> event = json(call("POST", baseA, "/api/v1/events", hostToken, null, """
                {"title":"Aufwärmen","start":"%s","end":"%s","joinPolicy":"ANONYMOUS","qaMode":"OPEN"}"""
                .formatted(now.minusSeconds(600), now.plusSeconds(4 * 3600)), 201));
        String id = (String) event.get("id");
        List<Participant> warm = new ArrayList<>();
        log("warm-up: %d joins on another event", n);
        // Streams for the first few only: Tomcat counts a stream the client closed against its connection cap
        // until it next writes to it, and the fan-out needs every connection it can get.
        JoinRun run = loop.call(() -> {
            JoinRun r = new JoinRun(n, joinConcurrency, baseA, baseA, false, id, (String) event.get("joinCode"), warm);
            r.streamsUpTo = intOpt("warmup-streams", 200);
            return r;
        });
        run.await(Duration.ofSeconds(120));
        if (baseB != null && scenarios.contains("two")) {
            log("warm-up: 500 joins with 200 streams on B");
            JoinRun onB = loop.call(() -> {
                JoinRun r = new JoinRun(500, joinConcurrency, baseA, baseB, false, id, (String) event.get("joinCode"), warm);
                r.streamsUpTo = 200;
                return r;
            });
            onB.await(Duration.ofSeconds(120));
        }
        if (scenarios.contains("vote") || scenarios.contains("fanout")) {
            try {
                Poll poll = openPoll(id, "warm-up", 5);
                Series series = new Series(poll.id, poll.weights, "results");
                double rate = Math.min(voteRate, 500);
                VoteRun votes = loop.call(() -> new VoteRun(series, poll, rate, 5, warm));
                votes.awaitDone(Duration.ofSeconds(60));
                VoteRun.Figures f = loop.call(votes::figures);
                log("warm-up: %d votes acknowledged, ack %s", f.acked, ms3(f.ackLatency));
            }
            catch (RuntimeException e) {
                log("warm-up votes failed: %s", e.getMessage());
            }
        }
        loop.call(() -> {
            for (Participant p : warm) {
                if (p.stream != null) {
                    p.stream.shut();
                    p.stream.onClosed(null);
                }
            }
            return null;
        });
        Thread.sleep(1000);
    }

    void joinStorm() throws Exception {
        int n = joins;
        log("join storm: %d participants, %d at a time", n, joinConcurrency);
        long[] rss0 = rss();
        boolean slowToo = scenarios.contains("slow");
        long[] cpu0 = cpu();
        long self0 = selfTicks();
        boolean streams = !"false".equals(opt("storm-streams", "true"));
        JoinRun run = loop.call(() -> {
            JoinRun r = new JoinRun(n, joinConcurrency, baseA, baseA, slowToo);
            if (!streams) {
                r.streamsUpTo = 0;
            }
            return r;
        });
        run.await(Duration.ofSeconds(Math.max(60, n / 20)));
        long[] cpu1 = cpu();
        long self1 = selfTicks();
        Thread.sleep(2000);
        JoinRun.Figures f = loop.call(run::figures);
        log("joined %d of %d in %.2f s (%.0f/s), %d errors; streams open %d", f.joined, n, f.seconds, f.joined / f.seconds,
                f.errors, f.streams);
        row("join storm", "participants joined / join errors", f.joined + " / " + f.errors, "= " + n + " / 0",
                f.joined == n && f.errors == 0);
        row("join storm", "joins/s (" + joinConcurrency + " at a time)", fmt(f.joined / f.seconds), "≥ 500",
                f.joined / f.seconds >= 500);
        row("join storm", "join latency p50 / p95 / p99", ms3(f.joinLatency), "–", null);
        row("join storm", "join-to-first-event p50 / p95 / p99 (`:connected`)", ms3(f.firstEvent), "p95 < 500 ms",
                f.firstEvent.length > 0 && pct(f.firstEvent, 95) < 500e6 && f.firstEvent.length == f.joined);
        row("join storm", "connected participants (stream open)", Integer.toString(f.streams), "= " + n,
                f.streams == n);
        row("join storm", "CPU per join with its stream: application / PostgreSQL / load tool",
                String.format(Locale.ROOT, "%.2f / %.2f / %.2f ms", (cpu1[0] - cpu0[0]) * 10.0 / Math.max(1, f.joined),
                        (cpu1[1] - cpu0[1]) * 10.0 / Math.max(1, f.joined), (self1 - self0) * 10.0 / Math.max(1, f.joined)),
                "–", null);
        long[] rss1 = rss();
        row("join storm", "application RSS before / after", mib(rss0) + " / " + mib(rss1), "–", null);
        row("join storm", "application threads and heap after", inside(), "–", null);
        if (OPTS.containsKey("histogram")) {
            for (long pid : appPids) {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
                        .start();
                List<String> lines = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                lines.stream().limit(25).forEach(line -> log("histogram %d: %s", pid, line));
            }
            row("join storm", "application heap after a full GC (class histogram)", inside(), "–", null);
        }
    }

    /** A burst of votes on a new poll, measured; returns the p99 of vote-to-screen (every participant), ns. */
    double voteBurst(String name, double rate, int seconds, List<Participant> voters, List<Participant> screens,
            boolean targets) throws Exception {
        List<Participant> watchers = screens != null ? screens : healthyStreams(voters);
        // a single-choice poll takes 2 to 20 answers; a participant who votes more often than that revotes
        int optionCount = (int) Math.max(2, Math.min(20, Math.ceil(rate * seconds / Math.max(1, voters.size())) + 2));
        Poll poll = openPoll(name, optionCount);
        log("%s: poll %s with %d options, %.0f votes/s for %d s by %d participants, %d screens", name, poll.id,
                optionCount, rate, seconds, voters.size(), watchers.size());
        Series series = loop.call(() -> {
            Series s = new Series(poll.id, poll.weights, "results");
            loop.current = s;
            return s;
        });
        Thread.sleep(300);
        long[] cpu0 = cpu();
        long self0 = selfTicks();
        long[] rss0 = rss();
        VoteRun run = loop.call(() -> new VoteRun(series, poll, rate, seconds, voters));
        run.awaitDone(Duration.ofSeconds(seconds + 60));
        long[] cpu1 = cpu();
        long self1 = selfTicks();
        long[] rssPeak = rss();
        // The screens get a few results events a second: give the last one time to arrive.
        Thread.sleep(3000);
        VoteRun.Figures f = loop.call(run::figures);
        Map<String, Object> results = json(call("GET", baseA, "/api/v1/polls/" + poll.id + "/results", hostToken, null, null, 200));
        long counted = 0;
        Map<String, Long> byOption = new HashMap<>();
        for (Object o : (List<?>) results.get("options")) {
            Map<?, ?> option = (Map<?, ?>) o;
            long count = ((Number) option.get("count")).longValue();
            byOption.put((String) option.get("id"), count);
            counted += count * poll.weights.get((String) option.get("id"));
        }
        long[] expected = loop.call(() -> run.expected(poll));
        long lost = 0;
        for (int i = 0; i < poll.optionIds.length; i++) {
            lost += Math.max(0, expected[i] - byOption.getOrDefault(poll.optionIds[i], 0L));
        }
        long lostVotes = Math.max(0, f.acked - counted);
        Screen screen = loop.call(() -> screenLatency(series, watchers));
        loop.call(() -> {
            loop.current = null;
            return null;
        });
        double acksPerSecond = f.acked / f.seconds;
        double cpuMsPerVote = (cpu1[0] - cpu0[0]) * 10.0 / Math.max(1, f.acked);
        double pgMsPerVote = (cpu1[1] - cpu0[1]) * 10.0 / Math.max(1, f.acked);
        log("%s: %d acknowledged (%.0f/s), %d refused, %d uncertain, %d not sent; counted %d, lost %d/%d", name, f.acked,
                acksPerSecond, f.refused, f.uncertain, f.notSent, counted, lostVotes, lost);
        log("%s: ack %s, screen(all) %s over %d screens (%d votes not on every screen)", name, ms3(f.ackLatency),
                ms3(screen.all), screen.screens, screen.unreached);
        String at = String.format(Locale.ROOT, "%.0f/s, %d s", rate, seconds);
        row(name, "votes acknowledged per second (asked " + at + ")", fmt(acksPerSecond),
                targets ? "≥ 2,000" : "–", targets ? acksPerSecond >= 2000 : null);
        row(name, "votes acknowledged / refused / uncertain / not sent", f.acked + " / " + f.refused + " / " + f.uncertain
                + " / " + f.notSent, "– / 0 / 0 / 0", f.refused == 0 && f.uncertain == 0 && f.notSent == 0);
        row(name, "votes lost (acknowledged, not in the results)", lostVotes + " (per option: " + lost + ")", "0",
                lostVotes == 0 && lost == 0);
        row(name, "acknowledgement p50 / p95 / p99", ms3(f.ackLatency), targets ? "p99 < 200 ms" : "–",
                targets ? pct(f.ackLatency, 99) < 200e6 : null);
        row(name, "vote-to-screen, every participant, p50 / p95 / p99 (" + screen.screens + " screens)", ms3(screen.all),
                targets ? "p95 < 500 ms" : "–", targets ? screen.all.length > 0 && pct(screen.all, 95) < 500e6 : null);
        row(name, "vote-to-screen, each participant (sample of " + screen.sampled + "), p50 / p95 / p99", ms3(screen.each),
                "–", null);
        row(name, "votes not on every screen at the end / streams closed during the run",
                screen.unreached + " / " + screen.closed, "0 / 0", screen.unreached == 0 && screen.closed == 0);
        row(name, "results events per second per screen", fmt(screen.eventsPerSecond), "a few", null);
        row(name, "application CPU per vote / PostgreSQL CPU per vote",
                String.format(Locale.ROOT, "%.2f ms / %.2f ms", cpuMsPerVote, pgMsPerVote), "–", null);
        row(name, "application RSS before / after", mib(rss0) + " / " + mib(rssPeak), "–", null);
        row(name, "application threads and heap after", inside(), "–", null);
        row(name, "the load tool's own CPU during the burst", String.format(Locale.ROOT, "%.0f %% of a core",
                (self1 - self0) * 10.0 / (f.seconds * 1000) * 100), "–", null);
        if (targets) {
            double pgbench = doubleOpt("pgbench-tps", 0);
            if (pgbench > 0) {
                double ratio = acksPerSecond / pgbench;
                row(name, "durable votes/s ÷ pgbench single-row TPS (" + fmt(pgbench) + ")", String.format(Locale.ROOT,
                        "%.3f ×", ratio), "≥ 0.4 ×", ratio >= 0.4);
            }
        }
        lastLatency = screen;
        return screen.all.length == 0 ? Double.NaN : pct(screen.all, 99);
    }

    Screen lastLatency;

    void upvotes() throws Exception {
        Participant asker = participants.get(0);
        Map<String, Object> question = json(call("POST", baseA, "/api/v1/events/" + eventId + "/questions", null,
                asker.token, "{\"text\":\"Wie geht es mit der Verwaltungsreform weiter?\"}", -1));
        String questionId = (String) question.get("id");
        if (!"VISIBLE".equals(question.get("status"))) {
            call("PATCH", baseA, "/api/v1/questions/" + questionId, hostToken, null, "{\"status\":\"VISIBLE\"}", -1);
        }
        List<Participant> voters = participants;
        int seconds = (int) Math.max(1, Math.ceil(voters.size() / upvoteRate));
        log("upvotes: question %s, %.0f/s by %d participants", questionId, upvoteRate, voters.size());
        Series series = loop.call(() -> {
            Series s = new Series(questionId, null, "question");
            loop.current = s;
            return s;
        });
        long[] cpu0 = cpu();
        UpvoteRun run = loop.call(() -> new UpvoteRun(series, questionId, upvoteRate, voters));
        run.awaitDone(Duration.ofSeconds(seconds + 60));
        long[] cpu1 = cpu();
        Thread.sleep(3000);
        UpvoteRun.Figures f = loop.call(run::figures);
        List<?> list = listOf(json(call("GET", baseA, "/api/v1/events/" + eventId + "/questions", hostToken, null, null, 200)));
        long counted = -1;
        for (Object o : list) {
            Map<?, ?> q = (Map<?, ?>) o;
            if (questionId.equals(q.get("id"))) {
                counted = ((Number) q.get("upvotes")).longValue();
            }
        }
        List<Participant> watchers = healthyStreams(participants);
        Screen screen = loop.call(() -> screenLatency(series, watchers));
        loop.call(() -> {
            loop.current = null;
            return null;
        });
        double perSecond = f.acked / f.seconds;
        log("upvotes: %d acknowledged (%.0f/s), %d refused, %d uncertain; counted %d", f.acked, perSecond, f.refused,
                f.uncertain, counted);
        row("upvotes", "upvotes acknowledged per second (asked " + fmt(upvoteRate) + "/s)", fmt(perSecond), "–", null);
        row("upvotes", "upvotes acknowledged / refused / uncertain", f.acked + " / " + f.refused + " / " + f.uncertain,
                "– / 0 / 0", f.refused == 0 && f.uncertain == 0);
        row("upvotes", "upvotes lost (acknowledged, not counted)", Long.toString(Math.max(0, f.acked - counted)), "0",
                counted >= f.acked);
        row("upvotes", "acknowledgement p50 / p95 / p99", ms3(f.ackLatency), "–", null);
        row("upvotes", "upvote-to-screen, every participant, p50 / p95 / p99 (" + screen.screens + " screens)",
                ms3(screen.all), "–", null);
        row("upvotes", "upvotes not on every screen at the end", Long.toString(screen.unreached), "0", screen.unreached == 0);
        row("upvotes", "application CPU per upvote", String.format(Locale.ROOT, "%.2f ms",
                (cpu1[0] - cpu0[0]) * 10.0 / Math.max(1, f.acked)), "–", null);
    }

    void fanOut() throws Exception {
        int more = fanout - participants.size();
        boolean slowToo = scenarios.contains("slow");
        if (more > 0) {
            log("fan-out: %d more participants, to %d", more, fanout);
            JoinRun run = loop.call(() -> new JoinRun(more, joinConcurrency, baseA, baseA, slowToo));
            run.await(Duration.ofSeconds(Math.max(60, more / 20)));
            Thread.sleep(2000);
            JoinRun.Figures f = loop.call(run::figures);
            log("fan-out: joined %d more (%d errors) in %.1f s", f.joined, f.errors, f.seconds);
        }
        Thread.sleep(2000);
        List<Participant> all = healthyStreams(participants);
        long[] rss = rss();
        long[] hwm = hwm();
        row("fan-out", "SSE connections open on one instance", Integer.toString(all.size()), "≥ 10,000",
                all.size() >= 10000);
        row("fan-out", "application RSS with them (peak so far)", mib(rss) + " (" + mib(hwm) + ")", "< 1 GB",
                rss[0] > 0 && rss[0] < 1_000_000_000L);
        row("fan-out", "application threads and heap with them", inside(), "–", null);
        double[] probe = new double[] {Double.NaN};
        attempt("fan-out (status)", () -> probe[0] = statusProbe("fan-out", Map.of("of one instance", all)));
        // Without polls (an application before them) the slow-reader run measures the status events instead.
        boolean polls = pollsAvailable();
        double base = polls ? voteBurst("fan-out", fanoutRate, fanoutSeconds, all, null, false) : probe[0];
        if (!slowToo) {
            return;
        }
        // The same burst again, with a share of the screens no longer reading.
        List<Participant> slow = new ArrayList<>();
        List<Participant> healthy = new ArrayList<>();
        int every = (int) Math.round(1 / slowShare);
        for (Participant p : all) {
            (p.index % every == 7 % every ? slow : healthy).add(p);
        }
        log("slow readers: %d stop reading, %d go on", slow.size(), healthy.size());
        Map<Integer, Participant> byPort = loop.call(() -> {
            Map<Integer, Participant> ports = new HashMap<>();
            long now = System.nanoTime();
            for (Participant p : slow) {
                p.slow = true;
                p.stoppedAt = now;
                p.stream.stopReading();
                ports.put(p.stream.localPort, p);
            }
            return ports;
        });
        long stopped = System.nanoTime();
        SlowWatch watch = new SlowWatch(byPort.keySet(), appPorts());
        Thread watcher = new Thread(() -> watch.run(stopped, slowWatch), "live-load-slow-watch");
        watcher.setDaemon(true);
        watcher.start();
        double withSlow = polls ? voteBurst("slow readers", fanoutRate, fanoutSeconds, healthy, healthy, false)
                : statusProbe("slow readers", Map.of("of the healthy", healthy));
        // A trickle of votes while the watch goes on, so that the server keeps writing to the dead streams.
        VoteTrickle trickle = new VoteTrickle(healthy, polls);
        trickle.start();
        watcher.join();
        trickle.stop();
        double ratio = withSlow / base;
        row("slow readers", "healthy screens' " + (polls ? "vote" : "status") + "-to-screen p99 with " + slow.size()
                + " readers stopped ÷ without",
                String.format(Locale.ROOT, "%.0f ms ÷ %.0f ms = %.2f ×", withSlow / 1e6, base / 1e6, ratio), "≤ 1.2 ×",
                ratio <= 1.2);
        row("slow readers", "stopped streams the server closed within 30 s / in " + slowWatch + " s / of",
                watch.closedWithin(30) + " / " + watch.closedWithin(slowWatch) + " / " + slow.size(), "all within 30 s",
                watch.closedWithin(30) == slow.size());
        row("slow readers", "time to close p50 / max (closed ones)", watch.closeTimes(), "max ≤ 30 s", null);
        row("slow readers", "bytes the server held unsent for them, largest total / one stream",
                String.format(Locale.ROOT, "%.1f MiB / %d KiB", watch.maxQueued / 1048576.0, watch.maxOne / 1024), "–", null);
        long[] rssEnd = rss();
        row("slow readers", "application RSS at the end of the watch", mib(rssEnd), "< 1 GB",
                rssEnd[0] > 0 && rssEnd[0] < 1_000_000_000L);
    }

    void twoInstances() throws Exception {
        log("two instances: %d participants join via A and listen on B", twoParticipants);
        JoinRun run = loop.call(() -> new JoinRun(twoParticipants, joinConcurrency, baseA, baseB, false));
        run.await(Duration.ofSeconds(Math.max(60, twoParticipants / 20)));
        JoinRun.Figures joined = loop.call(run::figures);
        log("two instances: joined %d (%d errors), %d streams open on B", joined.joined(), joined.errors(), joined.streams());
        row("two instances", "participants joined via A / streams open on B", joined.joined() + " / " + joined.streams(),
                "= " + twoParticipants, joined.streams() == twoParticipants);
        Thread.sleep(1000);
        List<Participant> onB = new ArrayList<>();
        List<Participant> onA = new ArrayList<>();
        for (Participant p : healthyStreams(participants)) {
            (p.instance == 1 ? onB : onA).add(p);
        }
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        groups.put("on B", onB);
        groups.put("on A", onA);
        attempt("two instances (status)", () -> statusProbe("two instances", groups));
        // Votes by the participants on A through A; the screens on B and on A are measured apart.
        List<Participant> screens = new ArrayList<>(onB);
        screens.addAll(onA);
        voteBurst("two instances", twoRate, twoSeconds, onA, screens, false);
        Series series = lastSeries;
        Screen b = loop.call(() -> screenLatency(series, onB));
        Screen a = loop.call(() -> screenLatency(series, onA));
        long[] diff = loop.call(() -> difference(series, onB, onA));
        long[] firstDiff = loop.call(() -> minus(earliest(series, onB), earliest(series, onA)));
        row("two instances", "votes via A: vote-to-screen on B, every participant (" + b.screens + "), p50 / p95 / p99",
                ms3(b.all), "–", null);
        row("two instances", "the same on A (" + a.screens + " screens)", ms3(a.all), "–", null);
        row("two instances", "cross-instance propagation per vote: first screen on B − first on A, p50 / p95 / p99",
                ms3(firstDiff), "p99 < 100 ms", firstDiff.length > 0 && pct(firstDiff, 99) < 100e6);
        row("two instances", "the same for the last screen (every screen on B − every screen on A)", ms3(diff), "–", null);
        row("two instances", "votes not on every screen of B at the end", Long.toString(b.unreached), "0", b.unreached == 0);
    }

    Series lastSeries;

    /**
     * Changes the event's title a number of times, one change at a time, and measures when each change's
     * {@code status} event (published through the hub: NOTIFY in the change's transaction) has reached every
     * screen of each group. Needs no polls: the core's own low-rate path.
     */
    boolean pollsAvailable() {
        try {
            openPoll("probe", 2);
            return true;
        }
        catch (Exception e) {
            log("no polls (%s): the slow-reader run measures status events", e.getMessage());
            return false;
        }
    }

    long statusVersion = -1;

    /** One change of the event's title through A; returns when it is acknowledged. */
    synchronized void changeEvent(int i) throws Exception {
        if (statusVersion < 0) {
            Map<String, Object> current = json(call("GET", baseA, "/api/v1/events/" + eventId, hostToken, null, null, 200));
            statusVersion = ((Number) current.get("version")).longValue();
        }
        Instant now = Instant.now();
        String body = """
                {"title":"Amtsleitungstag (Last) %d","start":"%s","end":"%s","joinPolicy":"ANONYMOUS","qaMode":"OPEN",
                 "agenda":[{"title":"Begrüßung","speaker":"Oberbürgermeisterin"}],"version":%d}"""
                .formatted(i, now.minusSeconds(600), now.plusSeconds(4 * 3600), statusVersion);
        Map<String, Object> after = json(call("PUT", baseA, "/api/v1/events/" + eventId, hostToken, null, body, 200));
        statusVersion = ((Number) after.get("version")).longValue();
    }

    /** The probe below; returns the p99 over changes of the arrival on every screen of the first group (ns). */
    double statusProbe(String name, Map<String, List<Participant>> groups) throws Exception {
        int changes = intOpt("status-changes", 50);
        Series series = loop.call(() -> {
            Series s = new Series(eventId, null, "status");
            s.started = System.nanoTime();
            loop.current = s;
            return s;
        });
        for (int i = 0; i < changes; i++) {
            long at = System.nanoTime();
            changeEvent(i);
            loop.call(() -> {
                series.ack(at);
                series.lastAck = at;
                return null;
            });
            Thread.sleep(intOpt("status-gap-ms", 300));
        }
        Thread.sleep(2000);
        Map<String, long[]> latest = new LinkedHashMap<>();
        double first = Double.NaN;
        for (var group : groups.entrySet()) {
            List<Participant> screens = healthyStreams(group.getValue());
            Screen screen = loop.call(() -> screenLatency(series, screens));
            if (Double.isNaN(first) && screen.all.length > 0) {
                first = pct(screen.all, 99);
            }
            latest.put(group.getKey(), loop.call(() -> latest(series, screens)));
            row(name, "event change sent → its `status` event on every screen " + group.getKey() + " (" + screen.screens
                    + "), p50 / p95 / p99 of " + changes, ms3(screen.all), "–", null);
            row(name, "changes not on every screen " + group.getKey() + " at the end", Long.toString(screen.unreached), "0",
                    screen.unreached == 0);
        }
        if (latest.size() == 2) {
            List<List<Participant>> lists = new ArrayList<>(groups.values());
            long[] firstB = loop.call(() -> earliest(series, lists.get(0)));
            long[] firstA = loop.call(() -> earliest(series, lists.get(1)));
            var it = latest.values().iterator();
            long[] b = it.next();
            long[] a = it.next();
            row(name, "cross-instance propagation per change: first screen on B − first on A, p50 / p95 / p99",
                    ms3(minus(firstB, firstA)), "p99 < 100 ms", pct(minus(firstB, firstA), 99) < 100e6);
            row(name, "the same for the last screen (every screen on B − every screen on A)", ms3(minus(b, a)), "–", null);
        }
        loop.call(() -> {
            loop.current = null;
            return null;
        });
        return first;
    }

    // --- measurement of screens ------------------------------------------------------------------------

    static final class Screen {
        long[] all = new long[0];
        long[] each = new long[0];
        int screens;
        int sampled;
        long unreached;
        int closed;
        double eventsPerSecond;
    }

    /** Per acknowledged vote: when it had reached every one of the screens, and a sample of single screens. */
    Screen screenLatency(Series s, List<Participant> screens) {
        lastSeries = s;
        Screen r = new Screen();
        long[] acks = Arrays.copyOf(s.ackTimes, s.acks);
        List<Participant> open = new ArrayList<>();
        for (Participant p : screens) {
            if (p.stream != null && p.stream.closedAt != 0 && p.stream.closedAt > s.started) {
                r.closed++;
            }
            if (p.obsSeries == s && p.stream != null && p.stream.closedAt == 0 && !p.slow) {
                open.add(p);
            }
            else if (p.stream != null && p.stream.closedAt == 0 && !p.slow && p.obsSeries != s && s.acks > 0) {
                // A screen that never got a results event of this poll.
                open.add(p);
            }
        }
        r.screens = open.size();
        long[] reached = new long[acks.length];
        Arrays.fill(reached, Long.MIN_VALUE);
        long minCover = Long.MAX_VALUE;
        long events = 0;
        for (Participant p : open) {
            long cover = p.obsSeries == s && p.obsN > 0 ? p.obsV[p.obsN - 1] : 0;
            minCover = Math.min(minCover, cover);
            events += p.obsSeries == s ? p.events : 0;
        }
        if (open.isEmpty() || acks.length == 0) {
            return r;
        }
        double seconds = Math.max(1e-3, (s.lastAck - s.started) / 1e9 + 3);
        r.eventsPerSecond = events / (double) open.size() / seconds;
        int n = (int) Math.min(acks.length, minCover);
        r.unreached = acks.length - n;
        // The latest arrival per vote over all screens: each screen's observations cover ranges of votes.
        for (Participant p : open) {
            long from = 0;
            for (int i = 0; i < p.obsN && from < n; i++) {
                long to = Math.min(n, p.obsV[i]);
                long t = p.obsT[i];
                for (long k = from; k < to; k++) {
                    if (t > reached[(int) k]) {
                        reached[(int) k] = t;
                    }
                }
                from = Math.max(from, to);
            }
        }
        r.all = new long[n];
        for (int k = 0; k < n; k++) {
            r.all[k] = Math.max(0, reached[k] - acks[k]);
        }
        Arrays.sort(r.all);
        int sample = Math.min(open.size(), 50);
        r.sampled = sample;
        long[] each = new long[sample * n];
        int m = 0;
        for (int j = 0; j < sample; j++) {
            Participant p = open.get(j * open.size() / sample);
            long from = 0;
            for (int i = 0; i < p.obsN && from < n; i++) {
                long to = Math.min(n, p.obsV[i]);
                for (long k = from; k < to; k++) {
                    each[m++] = Math.max(0, p.obsT[i] - acks[(int) k]);
                }
                from = Math.max(from, to);
            }
        }
        r.each = Arrays.copyOf(each, m);
        Arrays.sort(r.each);
        return r;
    }

    /** Per vote: the latest arrival on the screens of B minus the latest on the screens of A. */
    long[] difference(Series s, List<Participant> b, List<Participant> a) {
        long[] lb = latest(s, b);
        long[] la = latest(s, a);
        int n = Math.min(lb.length, la.length);
        long[] d = new long[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (lb[k] != Long.MIN_VALUE && la[k] != Long.MIN_VALUE) {
                d[m++] = lb[k] - la[k];
            }
        }
        d = Arrays.copyOf(d, m);
        Arrays.sort(d);
        return d;
    }

    long[] latest(Series s, List<Participant> screens) {
        long[] reached = new long[s.acks];
        Arrays.fill(reached, Long.MIN_VALUE);
        long minCover = Long.MAX_VALUE;
        for (Participant p : screens) {
            if (p.stream == null || p.stream.closedAt != 0 || p.slow) {
                continue;
            }
            minCover = Math.min(minCover, p.obsSeries == s && p.obsN > 0 ? p.obsV[p.obsN - 1] : 0);
            if (p.obsSeries != s) {
                continue;
            }
            long from = 0;
            for (int i = 0; i < p.obsN && from < s.acks; i++) {
                long to = Math.min(s.acks, p.obsV[i]);
                for (long k = from; k < to; k++) {
                    reached[(int) k] = Math.max(reached[(int) k], p.obsT[i]);
                }
                from = Math.max(from, to);
            }
        }
        int n = (int) Math.min(s.acks, minCover == Long.MAX_VALUE ? 0 : minCover);
        return Arrays.copyOf(reached, n);
    }

    /** Per acknowledged change: when the first open screen of the group had it. */
    long[] earliest(Series s, List<Participant> screens) {
        long[] first = new long[s.acks];
        Arrays.fill(first, Long.MAX_VALUE);
        for (Participant p : screens) {
            if (p.obsSeries != s || p.stream == null || p.stream.closedAt != 0 || p.slow) {
                continue;
            }
            long from = 0;
            for (int i = 0; i < p.obsN && from < s.acks; i++) {
                long to = Math.min(s.acks, p.obsV[i]);
                for (long k = from; k < to; k++) {
                    first[(int) k] = Math.min(first[(int) k], p.obsT[i]);
                }
                from = Math.max(from, to);
            }
        }
        return first;
    }

    /** Signed differences per index where both have a value, sorted. */
    static long[] minus(long[] b, long[] a) {
        int n = Math.min(a.length, b.length);
        long[] d = new long[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (a[k] != Long.MAX_VALUE && b[k] != Long.MAX_VALUE && a[k] != Long.MIN_VALUE && b[k] != Long.MIN_VALUE) {
                d[m++] = b[k] - a[k];
            }
        }
        d = Arrays.copyOf(d, m);
        Arrays.sort(d);
        return d;
    }

    List<Participant> healthyStreams(List<Participant> of) throws Exception {
        return loop.call(() -> {
            List<Participant> list = new ArrayList<>();
            for (Participant p : of) {
                if (p.stream != null && p.stream.open && p.stream.closedAt == 0 && !p.slow) {
                    list.add(p);
                }
            }
            return list;
        });
    }

    // --- polls -----------------------------------------------------------------------------------------

    static final class Poll {
        String id;
        String[] optionIds;
        Map<String, Integer> weights = new HashMap<>();
        byte[][] bodies;
    }

    int polls;

    Poll openPoll(String name, int optionCount) throws Exception {
        return openPoll(eventId, name, optionCount);
    }

    Poll openPoll(String event, String name, int optionCount) throws Exception {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < optionCount; i++) {
            options.append(i == 0 ? "" : ",").append("\"Antwort ").append(i + 1).append('"');
        }
        Map<String, Object> created = json(call("POST", baseA, "/api/v1/events/" + event + "/polls", hostToken, null,
                "{\"question\":\"Frage " + (++polls) + " (" + name + ")\",\"type\":\"SINGLE\",\"options\":[" + options
                        + "]" + opt("poll-extra", ",\"visibility\":\"LIVE\"") + "}", -1));
        Poll poll = new Poll();
        poll.id = (String) created.get("id");
        List<?> list = (List<?>) created.get("options");
        poll.optionIds = new String[list.size()];
        poll.bodies = new byte[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            String id = (String) ((Map<?, ?>) list.get(i)).get("id");
            poll.optionIds[i] = id;
            poll.weights.put(id, i + 1);
            poll.bodies[i] = ("{\"optionIds\":[\"" + id + "\"]}").getBytes(StandardCharsets.UTF_8);
        }
        call("POST", baseA, "/api/v1/polls/" + poll.id + "/open", hostToken, null, "{}", -1);
        // If results are hidden until revealed, reveal them now: the screens must see them live.
        String extra = opt("poll-reveal", "");
        if (!extra.isEmpty()) {
            call("POST", baseA, "/api/v1/polls/" + poll.id + "/" + extra, hostToken, null, "{}", -1);
        }
        return poll;
    }

    // --- the load runs (their state belongs to the loop thread) ----------------------------------------

    final class JoinRun {
        final int total;
        final URI joinBase;
        final URI streamBase;
        final boolean smallBuffers;
        final Pool pool;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        int started;
        int answered;
        int joined;
        int errors;
        long first;
        long last;
        final List<Participant> mine = new ArrayList<>();
        final String event;
        final String code;
        final List<Participant> into;
        /** Participants after this many join without a stream (the warm-up's: a closed stream stays counted). */
        int streamsUpTo = Integer.MAX_VALUE;

        JoinRun(int total, int concurrency, URI joinBase, URI streamBase, boolean smallBuffers) {
            this(total, concurrency, joinBase, streamBase, smallBuffers, eventId, joinCode, participants);
        }

        JoinRun(int total, int concurrency, URI joinBase, URI streamBase, boolean smallBuffers, String event,
                String code, List<Participant> into) {
            this.event = event;
            this.code = code;
            this.into = into;
            this.total = total;
            this.joinBase = joinBase;
            this.streamBase = streamBase;
            this.smallBuffers = smallBuffers;
            this.pool = new Pool(loop, joinBase, Math.min(concurrency, total));
            first = System.nanoTime();
            for (int i = 0; i < Math.min(concurrency, total); i++) {
                next();
            }
        }

        void next() {
            if (started >= total) {
                return;
            }
            started++;
            long sent = System.nanoTime();
            byte[] body = ("{\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
            pool.submit(new Request("POST", "/api/v1/join", null, body, sent, (status, answer, at) -> {
                answered++;
                if (status == 200 || status == 201) {
                    String text = new String(answer, StandardCharsets.UTF_8);
                    Participant p = new Participant(into.size(), field(text, "participantToken"));
                    p.joinSent = sent;
                    p.joinAck = at;
                    p.instance = streamBase == baseA ? 0 : 1;
                    into.add(p);
                    mine.add(p);
                    joined++;
                    last = at;
                    int index = p.index;
                    boolean small = smallBuffers && index % (int) Math.round(1 / slowShare) == 7 % (int) Math.round(1 / slowShare);
                    if (mine.size() <= streamsUpTo) {
                        p.stream = new Stream(loop, streamBase, event, p, small ? 4096 : 0);
                    }
                }
                else {
                    errors++;
                    if (errors <= 5) {
                        log("join answered %d: %s", status, new String(answer, StandardCharsets.UTF_8));
                    }
                }
                if (answered == total) {
                    pool.close();
                    done.complete(null);
                }
                else {
                    next();
                }
            }));
        }

        void await(Duration timeout) throws Exception {
            try {
                done.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            catch (java.util.concurrent.TimeoutException e) {
                log("join run: timed out after %s", timeout);
            }
            // Then the streams: each opens after its join; give the last ones up to 30 s.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                int[] pending = loop.call(() -> {
                    int n = 0;
                    for (Participant p : mine) {
                        if (p.stream != null && !p.stream.open && p.stream.closedAt == 0) {
                            n++;
                        }
                    }
                    return new int[] {n};
                });
                if (pending[0] == 0) {
                    return;
                }
                Thread.sleep(200);
            }
            log("join run: some streams still not open after 30 s");
        }

        record Figures(int joined, int errors, double seconds, long[] joinLatency, long[] firstEvent, int streams) {
        }

        Figures figures() {
            long[] joinLatency = new long[mine.size()];
            long[] first = new long[mine.size()];
            int m = 0;
            int streams = 0;
            for (int i = 0; i < mine.size(); i++) {
                Participant p = mine.get(i);
                joinLatency[i] = p.joinAck - p.joinSent;
                if (p.firstEvent != 0) {
                    first[m++] = p.firstEvent - p.joinAck;
                }
                if (p.stream != null && p.stream.open && p.stream.closedAt == 0) {
                    streams++;
                }
            }
            Arrays.sort(joinLatency);
            first = Arrays.copyOf(first, m);
            Arrays.sort(first);
            return new Figures(joined, errors, Math.max(1e-3, (last - this.first) / 1e9), joinLatency, first, streams);
        }
    }

    /** What the vote and upvote runs share: the end of a run and waiting for it. */
    abstract class RateRun implements Runnable {
        final Series series;
        final Pool pool;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        long issued;
        long answered;
        long uncertain;
        long lastAck;

        RateRun(Series series) {
            this.series = series;
            this.pool = new Pool(loop, baseA, poolSize);
        }

        /** Requests neither answered nor left unsent (loop thread). */
        abstract long outstanding();

        /** After a timeout: what is still in flight may yet be counted. */
        void timedOut() {
        }

        void finish() {
            loop.tickers.remove(this);
            pool.close();
            series.lastAck = lastAck;
            done.complete(null);
        }

        void awaitDone(Duration timeout) throws Exception {
            try {
                done.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            catch (java.util.concurrent.TimeoutException e) {
                log("%s: timed out after %s with %d of %d answered", getClass().getSimpleName(), timeout, answered, issued);
                loop.call(() -> {
                    loop.tickers.remove(this);
                    uncertain += outstanding();
                    series.lastAck = lastAck;
                    timedOut();
                    return null;
                });
            }
        }
    }

    final class VoteRun extends RateRun {
        final Poll poll;
        final double rate;
        final long start;
        final long end;
        final List<Participant> voters;
        long acked;
        long refused;
        long notSent;
        int cursor;
        final LongList ackLatency = new LongList();

        VoteRun(Series series, Poll poll, double rate, int seconds, List<Participant> voters) {
            super(series);
            this.poll = poll;
            this.rate = rate;
            this.voters = voters;
            for (Participant p : voters) {
                p.votes = 0;
                p.lastAcked = -1;
                p.inFlight = false;
                p.uncertain = false;
            }
            start = System.nanoTime();
            end = start + seconds * 1_000_000_000L;
            series.started = start;
            loop.tickers.add(this);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            long due = (long) ((Math.min(now, end) - start) / 1e9 * rate);
            while (issued < due) {
                long intended = start + (long) (issued * 1e9 / rate);
                issued++;
                Participant p = pick();
                if (p == null) {
                    notSent++;
                    continue;
                }
                int option = p.votes++;
                p.inFlight = true;
                pool.submit(new Request("POST", "/api/v1/polls/" + poll.id + "/votes", p.token, poll.bodies[option],
                        intended, (status, answer, at) -> {
                            answered++;
                            p.inFlight = false;
                            if (status >= 200 && status < 300) {
                                acked++;
                                p.lastAcked = option;
                                series.ack(at);
                                lastAck = at;
                                ackLatency.add(at - intended);
                            }
                            else if (status < 0) {
                                uncertain++;
                                p.uncertain = true;
                            }
                            else {
                                refused++;
                                p.votes--;
                                if (refused <= 5) {
                                    log("vote answered %d: %s", status, new String(answer, StandardCharsets.UTF_8));
                                }
                            }
                            finishIfDone();
                        }));
            }
            if (now >= end) {
                finishIfDone();
            }
        }

        Participant pick() {
            int n = voters.size();
            for (int tries = 0; tries < n; tries++) {
                Participant p = voters.get(cursor);
                cursor = (cursor + 1) % n;
                if (!p.inFlight && !p.uncertain && p.votes < poll.optionIds.length) {
                    return p;
                }
            }
            return null;
        }

        void finishIfDone() {
            if (System.nanoTime() >= end && answered + notSent == issued && !done.isDone()) {
                finish();
            }
        }

        @Override
        long outstanding() {
            return issued - notSent - answered;
        }

        @Override
        void timedOut() {
            for (Participant p : voters) {
                if (p.inFlight) {
                    p.uncertain = true;
                }
            }
        }

        long[] expected(Poll poll) {
            long[] counts = new long[poll.optionIds.length];
            for (Participant p : voters) {
                if (p.lastAcked >= 0 && !p.uncertain) {
                    counts[p.lastAcked]++;
                }
            }
            return counts;
        }

        record Figures(long acked, long refused, long uncertain, long notSent, double seconds, long[] ackLatency) {
        }

        Figures figures() {
            return new Figures(acked, refused, uncertain, notSent, Math.max(1e-3, (end - start) / 1e9),
                    ackLatency.sorted());
        }
    }

    final class UpvoteRun extends RateRun {
        final String questionId;
        final double rate;
        final List<Participant> voters;
        final long start;
        long acked;
        long refused;
        final LongList ackLatency = new LongList();
        final byte[] empty = new byte[0];

        UpvoteRun(Series series, String questionId, double rate, List<Participant> voters) {
            super(series);
            this.questionId = questionId;
            this.rate = rate;
            this.voters = voters;
            start = System.nanoTime();
            series.started = start;
            loop.tickers.add(this);
        }

        @Override
        public void run() {
            long due = Math.min(voters.size(), (long) ((System.nanoTime() - start) / 1e9 * rate));
            while (issued < due) {
                long intended = start + (long) (issued * 1e9 / rate);
                Participant p = voters.get((int) issued++);
                pool.submit(new Request("POST", "/api/v1/questions/" + questionId + "/upvote", p.token, empty, intended,
                        (status, answer, at) -> {
                            answered++;
                            if (status >= 200 && status < 300) {
                                acked++;
                                series.ack(at);
                                lastAck = at;
                                ackLatency.add(at - intended);
                            }
                            else if (status < 0) {
                                uncertain++;
                            }
                            else if (++refused <= 5) {
                                log("upvote answered %d: %s", status, new String(answer, StandardCharsets.UTF_8));
                            }
                            if (answered == voters.size()) {
                                finish();
                            }
                        }));
            }
        }

        @Override
        long outstanding() {
            return issued - answered;
        }

        record Figures(long acked, long refused, long uncertain, double seconds, long[] ackLatency) {
        }

        Figures figures() {
            return new Figures(acked, refused, uncertain, Math.max(1e-3, (lastAck - start) / 1e9), ackLatency.sorted());
        }
    }

    /** A few votes a second by healthy participants (revotes between two options), unmeasured. */
    final class VoteTrickle {
        final List<Participant> voters;
        final boolean polls;
        volatile boolean running = true;
        Thread thread;

        VoteTrickle(List<Participant> voters, boolean polls) {
            this.voters = voters;
            this.polls = polls;
        }

        void start() throws Exception {
            Poll poll = polls ? openPoll("trickle", 2) : null;
            thread = new Thread(() -> {
                int i = 0;
                while (running && !voters.isEmpty()) {
                    Participant p = voters.get(i % voters.size());
                    try {
                        if (poll != null) {
                            call("POST", baseA, "/api/v1/polls/" + poll.id + "/votes", null, p.token,
                                    new String(poll.bodies[(i / voters.size()) % 2], StandardCharsets.UTF_8), -1);
                        }
                        else {
                            changeEvent(1000 + i);
                        }
                        Thread.sleep(200);
                    }
                    catch (Exception e) {
                        return;
                    }
                    i++;
                }
            }, "live-load-trickle");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2000);
        }
    }

    /** Watches, in /proc/net/tcp*, the server's side of the streams that stopped reading. */
    static final class SlowWatch {
        final Set<Integer> ports;
        final Set<Integer> serverPorts;
        final Map<Integer, Long> closedAfter = new HashMap<>();
        long maxQueued;
        long maxOne;

        SlowWatch(Set<Integer> ports, Set<Integer> serverPorts) {
            this.ports = new HashSet<>(ports);
            this.serverPorts = serverPorts;
        }

        void run(long stopped, int seconds) {
            long deadline = stopped + seconds * 1_000_000_000L;
            while (System.nanoTime() < deadline && closedAfter.size() < ports.size()) {
                Set<Integer> established = new HashSet<>();
                long queued = 0;
                for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                    try {
                        for (String line : Files.readAllLines(Path.of(file))) {
                            String[] f = line.trim().split("\\s+");
                            if (f.length < 5 || !f[1].contains(":")) {
                                continue;
                            }
                            int local = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
                            int remote = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16);
                            if (serverPorts.contains(local) && ports.contains(remote) && "01".equals(f[3])) {
                                established.add(remote);
                                long tx = Long.parseLong(f[4].substring(0, f[4].indexOf(':')), 16);
                                queued += tx;
                                maxOne = Math.max(maxOne, tx);
                            }
                        }
                    }
                    catch (IOException | RuntimeException e) {
                        // the next round reads again
                    }
                }
                maxQueued = Math.max(maxQueued, queued);
                long now = System.nanoTime();
                for (int port : ports) {
                    if (!established.contains(port)) {
                        closedAfter.putIfAbsent(port, now - stopped);
                    }
                }
                try {
                    Thread.sleep(500);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }

        long closedWithin(int seconds) {
            return closedAfter.values().stream().filter(t -> t <= seconds * 1_000_000_000L).count();
        }

        String closeTimes() {
            long[] times = closedAfter.values().stream().mapToLong(Long::longValue).sorted().toArray();
            if (times.length == 0) {
                return "none closed";
            }
            return String.format(Locale.ROOT, "%.1f s / %.1f s", pct(times, 50) / 1e9, times[times.length - 1] / 1e9);
        }
    }

    Set<Integer> appPorts() {
        Set<Integer> ports = new HashSet<>();
        ports.add(baseA.getPort());
        if (baseB != null) {
            ports.add(baseB.getPort());
        }
        return ports;
    }

    // --- participants, series ------------------------------------------------------------------------------

    static final class Participant {
        final int index;
        final String token;
        long joinSent;
        long joinAck;
        long firstEvent;
        long stoppedAt;
        int instance;
        boolean slow;
        Stream stream;
        int votes;
        int lastAcked = -1;
        boolean inFlight;
        boolean uncertain;
        Series obsSeries;
        long[] obsT;
        long[] obsV;
        int obsN;
        long events;

        Participant(int index, String token) {
            this.index = index;
            this.token = token;
        }

        void observe(Series s, long t, long value) {
            if (obsSeries != s) {
                obsSeries = s;
                obsT = new long[8];
                obsV = new long[8];
                obsN = 0;
                events = 0;
            }
            events++;
            if (obsN > 0 && obsV[obsN - 1] >= value) {
                return;
            }
            if (obsN == obsT.length) {
                obsT = Arrays.copyOf(obsT, obsN * 2);
                obsV = Arrays.copyOf(obsV, obsN * 2);
            }
            obsT[obsN] = t;
            obsV[obsN++] = value;
        }
    }

    /** What is being measured: one poll's results or one question's upvotes, and the acknowledgements. */
    static final class Series {
        final String key;
        final Map<String, Integer> weights;
        final String eventName;
        long[] ackTimes = new long[4096];
        int acks;
        long started;
        long lastAck;
        String lastData;
        long lastValue;

        Series(String key, Map<String, Integer> weights, String eventName) {
            this.key = key;
            this.weights = weights;
            this.eventName = eventName;
        }

        void ack(long at) {
            if (acks == ackTimes.length) {
                ackTimes = Arrays.copyOf(ackTimes, acks * 2);
            }
            ackTimes[acks++] = at;
        }

        /** The potential a results or question event shows, or -1 if it is about something else. */
        long value(String data) {
            if (data.equals(lastData)) {
                return lastValue;
            }
            long value = -1;
            try {
                Map<?, ?> d = (Map<?, ?>) new Json(data).value();
                if (weights != null && key.equals(d.get("pollId"))) {
                    value = 0;
                    for (Object o : (List<?>) d.get("options")) {
                        Map<?, ?> option = (Map<?, ?>) o;
                        Integer w = weights.get((String) option.get("id"));
                        value += (w == null ? 0 : w) * ((Number) option.get("count")).longValue();
                    }
                }
                else if (weights == null && key.equals(d.get("questionId")) && d.get("upvotes") instanceof Number n) {
                    value = n.longValue();
                }
            }
            catch (RuntimeException e) {
                value = -1;
            }
            lastData = data;
            lastValue = value;
            return value;
        }
    }

    // --- the network -----------------------------------------------------------------------------------

    static final class Loop implements Runnable {
        final Selector selector;
        final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        final List<Runnable> tickers = new ArrayList<>();
        final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        volatile Series current;

        Loop() throws IOException {
            selector = Selector.open();
        }

        <T> T call(Callable<T> task) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            tasks.add(() -> {
                try {
                    result.complete(task.call());
                }
                catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            selector.wakeup();
            return result.get();
        }

        @Override
        public void run() {
            while (true) {
                try {
                    selector.select(1);
                    Runnable task;
                    while ((task = tasks.poll()) != null) {
                        task.run();
                    }
                    for (Runnable ticker : new ArrayList<>(tickers)) {
                        ticker.run();
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        Conn conn = (Conn) key.attachment();
                        try {
                            if (!key.isValid()) {
                                continue;
                            }
                            if (key.isConnectable()) {
                                conn.finishConnect();
                            }
                            if (key.isValid() && key.isWritable()) {
                                conn.flush();
                            }
                            if (key.isValid() && key.isReadable()) {
                                conn.read(buffer);
                            }
                        }
                        catch (IOException | RuntimeException e) {
                            conn.failed(e);
                        }
                    }
                    selector.selectedKeys().clear();
                }
                catch (Throwable e) {
                    log("loop: %s", e);
                }
            }
        }
    }

    /** One HTTP/1.1 connection on the loop, with an incremental response parser. */
    abstract static class Conn {
        final Loop loop;
        final InetSocketAddress address;
        final String host;
        SocketChannel channel;
        SelectionKey key;
        ByteBuffer pending;
        boolean connected;
        int localPort;
        boolean reading = true;
        // the response parser
        int state;
        byte[] line = new byte[256];
        int length;
        int status;
        long remaining;
        boolean chunked;
        boolean close;
        long contentLength;

        Conn(Loop loop, URI base) {
            this.loop = loop;
            this.address = new InetSocketAddress(base.getHost(), base.getPort());
            this.host = base.getHost() + ":" + base.getPort();
        }

        void open(int receiveBuffer) throws IOException {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (receiveBuffer > 0) {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            connected = channel.connect(address);
            key = channel.register(loop.selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
            state = 0;
            length = 0;
            if (connected) {
                connected();
            }
        }

        void finishConnect() throws IOException {
            if (channel.finishConnect()) {
                connected = true;
                key.interestOps(reading ? SelectionKey.OP_READ : 0);
                connected();
            }
        }

        private void connected() throws IOException {
            localPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            onConnected();
            if (pending != null) {
                flush();
            }
        }

        void write(byte[] bytes) throws IOException {
            pending = ByteBuffer.wrap(bytes);
            if (connected) {
                flush();
            }
        }

        void flush() throws IOException {
            if (pending == null) {
                key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
                return;
            }
            channel.write(pending);
            if (pending.hasRemaining()) {
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
            }
            else {
                pending = null;
                key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
            }
        }

        void stopReading() {
            reading = false;
            if (key != null && key.isValid() && connected) {
                key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
            }
        }

        void read(ByteBuffer buffer) throws IOException {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                shut();
                onClosed(null);
                return;
            }
            buffer.flip();
            parse(buffer);
        }

        void failed(Exception e) {
            shut();
            onClosed(e);
        }

        void shut() {
            try {
                if (key != null) {
                    key.cancel();
                }
                channel.close();
            }
            catch (IOException e) {
                // closed anyway
            }
        }

        private void parse(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (state == 7) {
                    onBody(b);
                    b.position(b.limit());
                    continue;
                }
                if (state == 2 || state == 4) {
                    int n = (int) Math.min(remaining, b.remaining());
                    int limit = b.limit();
                    b.limit(b.position() + n);
                    onBody(b);
                    b.position(b.limit());
                    b.limit(limit);
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == 2) {
                            complete();
                        }
                        else {
                            state = 5;
                        }
                    }
                    continue;
                }
                byte x = b.get();
                if (x != '\n') {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, length * 2);
                    }
                    line[length++] = x;
                    continue;
                }
                int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                String text = new String(line, 0, end, StandardCharsets.ISO_8859_1);
                length = 0;
                switch (state) {
                    case 0 -> {
                        status = Integer.parseInt(text.substring(9, 12));
                        chunked = false;
                        close = false;
                        contentLength = -1;
                        state = 1;
                    }
                    case 1 -> {
                        if (text.isEmpty()) {
                            onHeaders(status);
                            if (chunked) {
                                state = 3;
                            }
                            else if (contentLength > 0) {
                                state = 2;
                                remaining = contentLength;
                            }
                            else if (contentLength < 0 && close && status == 200) {
                                // no length, not chunked, Connection: close: the body runs until the
                                // connection closes (RFC 9112 §6.3) — how Tomcat sends a live stream
                                state = 7;
                            }
                            else {
                                complete();
                            }
                        }
                        else {
                            String lower = text.toLowerCase(Locale.ROOT);
                            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                                chunked = true;
                            }
                            else if (lower.startsWith("content-length:")) {
                                contentLength = Long.parseLong(lower.substring(15).strip());
                            }
                            else if (lower.startsWith("connection:") && lower.contains("close")) {
                                close = true;
                            }
                        }
                    }
                    case 3 -> {
                        int semi = text.indexOf(';');
                        long size = Long.parseLong((semi < 0 ? text : text.substring(0, semi)).strip(), 16);
                        if (size == 0) {
                            state = 6;
                        }
                        else {
                            state = 4;
                            remaining = size;
                        }
                    }
                    case 5 -> state = 3;
                    case 6 -> {
                        if (text.isEmpty()) {
                            complete();
                        }
                    }
                    default -> throw new IOException("parser state " + state);
                }
            }
        }

        private void complete() throws IOException {
            state = 0;
            onComplete(status, close);
        }

        abstract void onConnected() throws IOException;

        void onHeaders(int status) {
        }

        abstract void onBody(ByteBuffer body);

        abstract void onComplete(int status, boolean close) throws IOException;

        abstract void onClosed(Exception e);
    }

    interface Callback {
        void answered(int status, byte[] body, long at);
    }

    record Request(String method, String path, String participantToken, byte[] body, long intended, Callback callback) {

        byte[] bytes(String host) {
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append("\r\nAccept: application/json\r\n");
            if (participantToken != null) {
                head.append("X-Participant-Token: ").append(participantToken).append("\r\n");
            }
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
            byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            return all;
        }
    }

    /** Keep-alive connections for requests, one request at a time each; the rest wait in a queue. */
    static final class Pool {
        final Loop loop;
        final URI base;
        final ArrayDeque<RequestConn> idle = new ArrayDeque<>();
        final ArrayDeque<Request> waiting = new ArrayDeque<>();
        final List<RequestConn> all = new ArrayList<>();
        boolean closed;

        Pool(Loop loop, URI base, int size) {
            this.loop = loop;
            this.base = base;
            for (int i = 0; i < size; i++) {
                RequestConn conn = new RequestConn(this);
                all.add(conn);
                conn.reopen();
            }
        }

        void submit(Request request) {
            RequestConn conn = idle.pollFirst();
            if (conn == null) {
                waiting.addLast(request);
            }
            else {
                conn.send(request);
            }
        }

        void free(RequestConn conn) {
            if (closed) {
                conn.shut();
                return;
            }
            Request next = waiting.pollFirst();
            if (next == null) {
                idle.addLast(conn);
            }
            else {
                conn.send(next);
            }
        }

        void close() {
            closed = true;
            for (RequestConn conn : all) {
                if (conn.current == null) {
                    conn.shut();
                }
            }
        }
    }

    static final class RequestConn extends Conn {
        final Pool pool;
        Request current;
        byte[] body = new byte[512];
        int bodyLength;

        RequestConn(Pool pool) {
            super(pool.loop, pool.base);
            this.pool = pool;
        }

        void reopen() {
            try {
                pool.idle.remove(this);
                open(0);
            }
            catch (IOException e) {
                log("connect: %s", e);
            }
        }

        @Override
        void onConnected() {
            pool.free(this);
        }

        void send(Request request) {
            current = request;
            bodyLength = 0;
            try {
                write(request.bytes(host));
            }
            catch (IOException e) {
                failed(e);
            }
        }

        @Override
        void onBody(ByteBuffer b) {
            int n = b.remaining();
            if (bodyLength + n > body.length) {
                body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + n));
            }
            b.get(body, bodyLength, n);
            bodyLength += n;
        }

        @Override
        void onComplete(int status, boolean close) {
            Request done = current;
            current = null;
            long at = System.nanoTime();
            if (close) {
                shut();
            }
            if (done != null) {
                done.callback().answered(status, Arrays.copyOf(body, bodyLength), at);
            }
            if (close) {
                if (!pool.closed) {
                    reopen();
                }
            }
            else {
                pool.free(this);
            }
        }

        @Override
        void onClosed(Exception e) {
            Request lost = current;
            current = null;
            pool.idle.remove(this);
            if (lost != null) {
                lost.callback().answered(-1, (e == null ? "closed" : e.toString()).getBytes(StandardCharsets.UTF_8),
                        System.nanoTime());
            }
            if (!pool.closed) {
                reopen();
            }
        }
    }

    /** A participant's SSE stream: counts the first line, hands results and question events to the series. */
    static final class Stream extends Conn {
        final Participant participant;
        final String path;
        boolean open;
        long closedAt;
        byte[] sse = new byte[512];
        int sseLength;
        String eventName;
        String data;

        Stream(Loop loop, URI base, String eventId, Participant participant, int receiveBuffer) {
            super(loop, base);
            this.participant = participant;
            this.path = "/api/v1/events/" + eventId + "/stream";
            try {
                open(receiveBuffer);
            }
            catch (IOException e) {
                closedAt = System.nanoTime();
            }
        }

        @Override
        void onConnected() throws IOException {
            write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\nX-Participant-Token: "
                    + participant.token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        void onHeaders(int status) {
            open = status == 200;
            if (!open && ++STREAM_ERRORS[0] <= 5) {
                log("stream answered %d", status);
            }
        }

        @Override
        void onBody(ByteBuffer b) {
            while (b.hasRemaining()) {
                byte x = b.get();
                if (x != '\n') {
                    if (sseLength == sse.length) {
                        sse = Arrays.copyOf(sse, sseLength * 2);
                    }
                    sse[sseLength++] = x;
                    continue;
                }
                int end = sseLength > 0 && sse[sseLength - 1] == '\r' ? sseLength - 1 : sseLength;
                line(end);
                sseLength = 0;
            }
        }

        private void line(int end) {
            long now = System.nanoTime();
            if (participant.firstEvent == 0) {
                participant.firstEvent = now;
            }
            if (end == 0) {
                Series s = loop.current;
                if (s != null && data != null && "status".equals(eventName) && s.eventName.equals(eventName)) {
                    // Every status event of the probe's event is the next change: count them per screen.
                    if (data.contains(s.key)) {
                        Participant p = participant;
                        p.observe(s, now, (p.obsSeries == s && p.obsN > 0 ? p.obsV[p.obsN - 1] : 0) + 1);
                    }
                }
                else if (s != null && data != null && s.eventName.equals(eventName)) {
                    long value = s.value(data);
                    if (value >= 0) {
                        participant.observe(s, now, value);
                    }
                }
                eventName = null;
                data = null;
                return;
            }
            if (sse[0] == ':') {
                return;
            }
            if (starts("event:", end)) {
                eventName = new String(sse, 6, end - 6, StandardCharsets.UTF_8).strip();
            }
            else if (starts("data:", end)) {
                int from = end > 5 && sse[5] == ' ' ? 6 : 5;
                String d = new String(sse, from, end - from, StandardCharsets.UTF_8);
                data = data == null ? d : data + "\n" + d;
            }
        }

        private boolean starts(String prefix, int end) {
            if (end < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (sse[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void onComplete(int status, boolean close) {
            shut();
            onClosed(null);
        }

        @Override
        void onClosed(Exception e) {
            if (closedAt == 0) {
                closedAt = System.nanoTime();
            }
        }
    }

    static final int[] STREAM_ERRORS = new int[1];

    // --- plain HTTP for the setup ----------------------------------------------------------------------

    String call(String method, URI base, String path, String bearer, String participantToken, String body, int expect)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (participantToken != null) {
            builder.header("X-Participant-Token", participantToken);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        boolean ok = expect < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expect;
        if (!ok) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        Object value = new Json(text).value();
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> wrapper = new HashMap<>();
        wrapper.put("items", value);
        return wrapper;
    }

    static List<?> listOf(Map<String, Object> answer) {
        Object items = answer.get("items");
        return items instanceof List<?> list ? list : List.of();
    }

    static String field(String json, String name) {
        Object value = LiveLoad.json(json).get(name);
        return value == null ? null : value.toString();
    }

    /** A small JSON reader: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        i++; // ':'
                        map.put(key, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return map;
                        }
                    }
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    i++;
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    i += 4;
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    i += 5;
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    i += 4;
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String number = s.substring(start, i);
                    if (number.contains(".") || number.contains("e") || number.contains("E")) {
                        return Double.parseDouble(number);
                    }
                    return Long.parseLong(number);
                }
            }
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                }
                else {
                    b.append(c);
                }
            }
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    // --- figures ---------------------------------------------------------------------------------------

    static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms3(long[] sorted) {
        if (sorted.length == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%s / %s / %s ms", ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)));
    }

    static String ms(double nanos) {
        double m = nanos / 1e6;
        return m < 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%.0f", m);
    }

    static String fmt(double v) {
        return v < 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    /** CPU time in clock ticks: [0] the application's instances, [1] all PostgreSQL processes. */
    long[] cpu() {
        long app = 0;
        for (long pid : appPids) {
            app += ticks(Path.of("/proc/" + pid + "/stat"));
        }
        // The bench's own cluster only (other PostgreSQL processes may run on the machine): the postmaster with
        // the time of its exited children, and its live children.
        long pg = 0;
        long postmaster = Long.parseLong(opt("pg-pid", "0"));
        if (postmaster > 0) {
            pg += field(Path.of("/proc/" + postmaster + "/stat"), 11) + field(Path.of("/proc/" + postmaster + "/stat"), 12)
                    + field(Path.of("/proc/" + postmaster + "/stat"), 13) + field(Path.of("/proc/" + postmaster + "/stat"), 14);
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) dirs::iterator) {
                    String name = dir.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && field(dir.resolve("stat"), 1) == postmaster) {
                        pg += ticks(dir.resolve("stat"));
                    }
                }
            }
            catch (IOException e) {
                // no /proc
            }
        }
        return new long[] {app, pg};
    }

    /** A number of /proc/<pid>/stat, counted from the state (0) after the name; 0 if unreadable. */
    static long field(Path stat, int index) {
        try {
            String text = Files.readString(stat);
            return Long.parseLong(text.substring(text.lastIndexOf(')') + 2).split(" ")[index]);
        }
        catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3, utime 14 and stime 15 of the whole line
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
        catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    long[] rss() {
        return status("VmRSS:");
    }

    long[] hwm() {
        return status("VmHWM:");
    }

    /** The given line of /proc/<pid>/status of each instance, in bytes. */
    long[] status(String field) {
        long[] values = new long[Math.max(1, appPids.size())];
        for (int i = 0; i < appPids.size(); i++) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + appPids.get(i) + "/status"))) {
                    if (line.startsWith(field)) {
                        values[i] = Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                    }
                }
            }
            catch (IOException | RuntimeException e) {
                values[i] = 0;
            }
        }
        return values;
    }

    /** Threads of each instance and its heap in use (jcmd GC.heap_info), for the RSS rows. */
    String inside() {
        StringBuilder b = new StringBuilder();
        long[] threads = status("Threads:");
        for (int i = 0; i < appPids.size(); i++) {
            String heap = "?";
            try {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(appPids.get(i)), "GC.heap_info").redirectErrorStream(true)
                        .start();
                String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor();
                var m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
                if (m.find()) {
                    heap = (Long.parseLong(m.group(2)) / 1024) + " of " + (Long.parseLong(m.group(1)) / 1024) + " MiB";
                }
            }
            catch (IOException | InterruptedException | RuntimeException e) {
                // no jcmd: the heap stays unknown
            }
            b.append(i == 0 ? "" : "; ").append(threads[i] / 1024).append(" threads, heap ").append(heap);
        }
        return b.toString();
    }

    /** CPU time of the load tool itself, in clock ticks. */
    static long selfTicks() {
        return ticks(Path.of("/proc/self/stat"));
    }

    static String mib(long[] bytes) {
        StringBuilder b = new StringBuilder();
        for (long v : bytes) {
            b.append(b.length() == 0 ? "" : " + ").append(v / 1048576).append(" MiB");
        }
        return b.toString();
    }

    // --- the table -------------------------------------------------------------------------------------

    void row(String scenario, String measure, String figure, String target, Boolean pass) {
        rows.add(new String[] {scenario, measure, figure, target, pass == null ? "–" : pass ? "PASS" : "MISS"});
        System.err.printf("  %-14s %-70s %s%s%n", scenario, measure, figure, pass == null ? "" : pass ? "  PASS" : "  MISS");
    }

    void write() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | measure | figure | target | result |\n|---|---|---|---|---|\n");
        for (String[] r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, b.toString());
    }

}
