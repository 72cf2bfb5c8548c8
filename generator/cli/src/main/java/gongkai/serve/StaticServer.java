package gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gongkai.diagnostics.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built site from a folder on loopback, as a web server would: index.html for folders, 404.html
 * else. In live mode every HTML page also gets a small script that reloads it after a rebuild, and the
 * problems of a failed rebuild are shown on top of the last good page.
 */
public final class StaticServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__gongkai/reload.js";
    static final String EVENTS_PATH = "/__gongkai/events";
    private static final String RELOAD_JS = "(function () {\n"
            + "  if (!window.EventSource) { return; }\n"
            + "  var events = new EventSource('" + EVENTS_PATH + "');\n"
            + "  events.onmessage = function (e) {\n"
            + "    if (e.data === 'reload') { window.location.reload(); return; }\n"
            + "    if (e.data.lastIndexOf('written ', 0) !== 0) { return; }\n"
            + "    var file = decodeURIComponent(window.location.pathname).replace(/^\\//, '');\n"
            + "    if (file === '' || file.charAt(file.length - 1) === '/') { file += 'index.html'; }\n"
            + "    if (JSON.parse(e.data.substring(8)).indexOf(file) >= 0) { window.location.reload(); }\n"
            + "  };\n"
            + "})();\n";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** Open pages beyond this many are told to go: each holds a connection. */
    private static final int MAX_LISTENERS = 64;
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Path root;
    private final boolean live;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger;
    private final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    private volatile List<Problem> problems = List.of();

    public StaticServer(Path root, int port) throws IOException {
        this(root, "127.0.0.1", port, false);
    }

    public StaticServer(Path root, int port, boolean live) throws IOException {
        this(root, "127.0.0.1", port, live);
    }

    /** On address (loopback unless a person asks otherwise); live adds the reload script and the problems banner. */
    public StaticServer(Path root, String address, int port, boolean live) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(6, daemon("gongkai-http")));
        // The server is not told when a browser closes a page; a write to the closed connection fails, and
        // the second one after the close at the latest, so pinging every second releases it promptly.
        pinger = Executors.newSingleThreadScheduledExecutor(daemon("gongkai-ping"));
        if (live) {
            pinger.scheduleWithFixedDelay(() -> send(PING), 1, 1, TimeUnit.SECONDS);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Tells every open page to reload, showing these problems (none after a good rebuild). */
    public void reload(List<Problem> current) {
        problems = List.copyOf(current);
        send("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Tells the open pages that these files were written: each page that is one of them reloads (all of them when
     * whole, or when the pages show problems a good rebuild has now cleared).
     */
    public void written(java.util.Collection<String> paths, boolean whole) {
        if (whole || !problems.isEmpty()) {
            reload(List.of());
            return;
        }
        if (paths.isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("data: written [");
        for (String path : paths) {
            json.append(json.charAt(json.length() - 1) == '[' ? "\"" : ",\"");
            for (char c : path.toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        send(json.append("]\n\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends an event to every open page; a page whose connection is gone is let go. */
    private void send(byte[] event) {
        for (HttpExchange ex : listeners) {
            try {
                synchronized (ex) {
                    OutputStream out = ex.getResponseBody();
                    out.write(event);
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                release(ex);
            }
        }
    }

    private void release(HttpExchange ex) {
        if (listeners.remove(ex)) {
            ex.close();
        }
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return listeners.size();
    }

    /** How many pages have opened an event stream since the server started. */
    public int opened() {
        return opened.get();
    }

    public void setProblems(List<Problem> current) {
        problems = List.copyOf(current);
    }

    public StaticServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String rawPath = ex.getRequestURI().getRawPath();
        if (!LocalHost.allowed(ex.getRequestHeaders().getFirst("Host"))) {
            // A web page elsewhere may point its own name at 127.0.0.1 (DNS rebinding); its requests carry that name.
            try (ex) {
                sendBytes(ex, 403, "text/plain; charset=utf-8", ("只接受以 localhost 或 127.0.0.1 访问的请求。\n"
                        + "Only requests for localhost or 127.0.0.1 are served.\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if (live && rawPath.equals(EVENTS_PATH)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            listeners.add(ex);
            opened.incrementAndGet();
            while (listeners.size() > MAX_LISTENERS) {
                release(listeners.get(0));
            }
            return;
        }
        try (ex) {
            if (live && rawPath.equals(RELOAD_PATH)) {
                sendBytes(ex, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                send(ex, 404, root.resolve("404.html"));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", rawPath + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                send(ex, 200, file);
            } else {
                send(ex, 404, root.resolve("404.html"));
            }
        }
    }

    private void send(HttpExchange ex, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body;
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            body = Files.readAllBytes(file);
        } else {
            ext = "html";
            body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面不存在</title></head><body><h1>页面不存在</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (live && ext.equals("html")) {
            body = LivePage.decorate(new String(body, StandardCharsets.UTF_8), problems, RELOAD_PATH)
                    .getBytes(StandardCharsets.UTF_8);
        }
        sendBytes(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    private static void sendBytes(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        listeners.forEach(this::release);
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
