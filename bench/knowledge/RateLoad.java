import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop load at a fixed rate: request i is due at start + i / rate, whatever became of the
 * ones before, and its latency counts from when it was due (so a stall is not hidden by sending less
 * meanwhile). Keep-alive connections as a browser or a CDN's origin fetch keeps them.
 *
 *   java bench/knowledge/RateLoad.java URL RATE SECONDS [WARMUP_SECONDS]
 *
 * Prints one line: "sent ok errors p50_ms p95_ms p99_ms max_ms achieved_rate".
 */
public class RateLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept-Language", "de").GET().build();
        run(client, request, rate, warmup, null);
        long[] latencies = new long[(int) Math.ceil(rate * seconds)];
        AtomicLong errors = new AtomicLong();
        double achieved = run(client, request, rate, seconds, new Sink(latencies, errors));
        long[] ok = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d %d %d %.2f %.2f %.2f %.2f %.0f%n", latencies.length, ok.length,
                errors.get(), ms(ok, 0.50), ms(ok, 0.95), ms(ok, 0.99), ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6,
                achieved);
        System.exit(0);
    }

    record Sink(long[] latencies, AtomicLong errors) {
    }

    /** Sends for the given seconds at the rate; the requests per second that were answered in time. */
    static double run(HttpClient client, HttpRequest request, double rate, int seconds, Sink sink)
            throws Exception {
        int total = (int) Math.ceil(rate * seconds);
        long start = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            int index = i;
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                long latency = System.nanoTime() - due;
                if (sink != null) {
                    if (error != null || response.statusCode() / 100 != 2) {
                        sink.errors().incrementAndGet();
                    }
                    else {
                        sink.latencies()[index] = Math.max(1, latency);
                    }
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
