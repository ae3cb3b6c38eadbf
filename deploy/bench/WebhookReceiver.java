/*
 * The local webhook receiver of the delivery benchmark and the fault scripts (JDK 22+: it is a class
 * of its own file, found by the source launcher next to the program that uses it).
 *
 * It listens on 127.0.0.1:<port>/hook, answers 200, checks X-MAE-Signature (HMAC-SHA256 over
 * "timestamp.body" with the shared secret), records the first arrival of each Idempotency-Key
 * (time and arrival order) and counts every repeat of a key as a duplicate. It can be stopped and
 * started again on the same port, to play an agency that is down.
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

final class WebhookReceiver {

  /** The first arrival of a key: System.nanoTime() and its rank among all first arrivals (0, 1, 2...). */
  record Arrival(long nanos, long rank) {}

  final int port;
  final String secret;
  /** Idempotency-Key → its first arrival. */
  final Map<String, Arrival> firstArrival = new ConcurrentHashMap<>();
  /** Idempotency-Key → how many times it arrived again after the first. */
  final Map<String, LongAdder> repeats = new ConcurrentHashMap<>();
  /** Idempotency-Key → its latest repeated arrival, System.nanoTime(). */
  final Map<String, Long> lastRepeat = new ConcurrentHashMap<>();
  final LongAdder duplicates = new LongAdder();
  final LongAdder badSignatures = new LongAdder();
  final LongAdder requests = new LongAdder();
  private final AtomicLong ranks = new AtomicLong();
  private HttpServer server;

  WebhookReceiver(int port, String secret) {
    this.port = port;
    this.secret = secret == null ? "" : secret;
  }

  synchronized WebhookReceiver start() throws IOException {
    if (server == null) {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/hook", this::onDelivery);
      server.start();
    }
    return this;
  }

  /** Stops listening at once: the gateway's next attempts get "connection refused". */
  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  synchronized boolean running() {
    return server != null;
  }

  /** Whether the key has arrived at least once. */
  boolean received(String key) {
    return firstArrival.containsKey(key);
  }

  /** How many of {@code keys} have not arrived yet. */
  int missing(Iterable<String> keys) {
    int missing = 0;
    for (String key : keys) {
      if (!firstArrival.containsKey(key)) {
        missing++;
      }
    }
    return missing;
  }

  /** The keys that arrived more than once, with how many times each arrived in all. */
  List<Map.Entry<String, Long>> duplicatedKeys() {
    return repeats.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum() + 1)).sorted(Map.Entry.comparingByKey()).toList();
  }

  private void onDelivery(HttpExchange x) throws IOException {
    long now = System.nanoTime();
    try (x; InputStream in = x.getRequestBody()) {
      byte[] body = in.readAllBytes();
      requests.increment();
      String key = x.getRequestHeaders().getFirst("Idempotency-Key");
      String timestamp = x.getRequestHeaders().getFirst("X-MAE-Timestamp");
      String signature = x.getRequestHeaders().getFirst("X-MAE-Signature");
      if (!validSignature(timestamp, body, signature)) {
        badSignatures.increment();
      }
      if (key != null) {
        boolean[] first = {false};
        firstArrival.computeIfAbsent(key, k -> {
          first[0] = true;
          return new Arrival(now, ranks.getAndIncrement());
        });
        if (!first[0]) {
          duplicates.increment();
          repeats.computeIfAbsent(key, k -> new LongAdder()).increment();
          lastRepeat.merge(key, now, Math::max);
        }
      }
      // Answer 200 either way: the scripts measure delivery, not rejection handling.
      x.sendResponseHeaders(200, -1);
    }
  }

  boolean validSignature(String timestamp, byte[] body, String signature) {
    if (timestamp == null || signature == null || secret.isEmpty()) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    } catch (Exception e) {
      return false;
    }
  }
}
