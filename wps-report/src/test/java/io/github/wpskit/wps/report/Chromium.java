package io.github.wpskit.wps.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol, for tests: one browser, one page, on the
 * loopback interface only (the browser listens on 127.0.0.1 and a port it picks itself). Collects
 * every console message, log entry and exception the page produces.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser's executable: {@code -Dwps.chromium=PATH}, else chromium on the PATH. */
  static Optional<Path> executable() {
    String given = System.getProperty("wps.chromium");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with an empty page and connects to that page. */
  static Chromium start(Path executable, Path log) throws Exception {
    Path profile = Files.createTempDirectory("wps-chromium-");
    Process process = new ProcessBuilder(executable.toString(),
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("Chromium did not start (exit "
              + (process.isAlive() ? "none" : process.exitValue()) + "); its output: "
              + Files.readString(log));
        }
        Thread.sleep(100);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      JsonNode targets = JSON.readTree(http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
              .timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String page = null;
      for (JsonNode t : targets) {
        if ("page".equals(t.path("type").asText())) {
          page = t.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (page == null) {
        throw new IllegalStateException("Chromium has no page target: " + targets);
      }
      Chromium[] self = new Chromium[1];
      WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
          .buildAsync(URI.create(page), new Listener(self)).get(60, TimeUnit.SECONDS);
      self[0] = new Chromium(process, profile, socket);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw e;
    }
  }

  /** Sends a command and waits for its result. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(message), true).get(60, TimeUnit.SECONDS);
    JsonNode reply = result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** Returns a future completed by the next event of that name (register before causing it). */
  CompletableFuture<JsonNode> next(String event) {
    return awaited.computeIfAbsent(event, e -> new CompletableFuture<>());
  }

  /** Evaluates an expression in the page and returns its value. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Every console call of type error or assert, log entry of level error, and exception. */
  List<String> errors() {
    List<String> list = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.consoleAPICalled")
          && List.of("error", "assert").contains(p.path("type").asText())) {
        list.add("console." + p.path("type").asText() + ": " + p.path("args"));
      } else if (method.equals("Log.entryAdded")
          && "error".equals(p.path("entry").path("level").asText())) {
        list.add("log: " + p.path("entry").path("text").asText() + " "
            + p.path("entry").path("url").asText());
      } else if (method.equals("Runtime.exceptionThrown")) {
        list.add("exception: " + p.path("exceptionDetails"));
      }
    }
    return list;
  }

  /** Every event received, for a failure message. */
  List<JsonNode> events() {
    return List.copyOf(events);
  }

  private void receive(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
      if (f != null) {
        f.complete(message);
      }
      return;
    }
    events.add(message);
    CompletableFuture<JsonNode> f = awaited.remove(message.path("method").asText());
    if (f != null) {
      f.complete(message.path("params"));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      call("Browser.close", Map.of());
    } catch (Exception e) {
      // Closing is best effort; the process is ended below in any case.
    }
    socket.abort();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    deleteTree(profile);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary profile left behind is harmless.
    }
  }

  /** Reassembles text frames into messages and hands them to the browser object. */
  private static final class Listener implements WebSocket.Listener {
    private final Chromium[] owner;
    private final StringBuilder buffer = new StringBuilder();
    private final List<JsonNode> early = new ArrayList<>();

    Listener(Chromium[] owner) {
      this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(buffer.toString());
          if (owner[0] == null) {
            early.add(message);
          } else {
            early.forEach(owner[0]::receive);
            early.clear();
            owner[0].receive(message);
          }
        } catch (IOException e) {
          throw new IllegalStateException("DevTools sent malformed JSON", e);
        } finally {
          buffer.setLength(0);
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
