package gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import gongkai.check.Problem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

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
            + "  events.onmessage = function (e) { if (e.data === 'reload') { window.location.reload(); } };\n"
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

    private final HttpServer server;
    private final Path root;
    private final boolean live;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> problems = List.of();

    public StaticServer(Path root, int port) throws IOException {
        this(root, port, false);
    }

    /** live adds the reload script and the problems banner to HTML pages. */
    public StaticServer(Path root, int port, boolean live) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(6));
    }

    /** Tells every open page to reload, showing these problems (none after a good rebuild). */
    public void reload(List<Problem> current) {
        problems = List.copyOf(current);
        for (HttpExchange ex : listeners) {
            try {
                OutputStream out = ex.getResponseBody();
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(ex);
                ex.close();
            }
        }
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return listeners.size();
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
        if (live && rawPath.equals(EVENTS_PATH)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            listeners.add(ex);
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
            if (Files.isRegularFile(file)) {
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
        if (Files.isRegularFile(file)) {
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
        listeners.forEach(HttpExchange::close);
        server.stop(0);
    }
}
