package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {

    @TempDir
    Path site;

    @Test
    void servesFoldersFilesAndNotFound() throws Exception {
        Files.createDirectories(site.resolve("plans/x"));
        Files.writeString(site.resolve("index.html"), "首页");
        Files.writeString(site.resolve("plans/x/index.html"), "计划");
        Files.writeString(site.resolve("404.html"), "页面不存在");
        Files.writeString(site.getParent().resolve("secret.txt"), "secret");
        try (StaticServer server = new StaticServer(site, 0).start()) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertEquals("首页", home.body());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            HttpResponse<String> plan = client.send(HttpRequest.newBuilder(URI.create(base + "/plans/x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("计划", plan.body());
            assertTrue(plan.uri().toString().endsWith("/plans/x/"));
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/nope/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("页面不存在", missing.body());
            HttpResponse<String> escape = client.send(HttpRequest.newBuilder(URI.create(base + "/%2e%2e/secret.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, escape.statusCode());
        }
    }

    /** One raw HTTP/1.1 request with the given Host header; returns the status line. */
    private static String statusFor(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void onlyLoopbackNamesAreServedSoARebindingPageCannotReadThePreview() throws Exception {
        Files.writeString(site.resolve("index.html"), "首页");
        try (StaticServer server = new StaticServer(site, 0, true).start()) {
            int port = server.port();
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "localhost:" + port));
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "127.0.0.1:" + port));
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "LOCALHOST"));
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "localhost:9000"), "a forwarded port keeps its name");
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "192.168.1.20:" + port), "a phone on the network, --bind 0.0.0.0");
            assertEquals("HTTP/1.1 200 OK", statusFor(port, "[::1]:" + port));
            for (String host : new String[] {"evil.example", "evil.example:" + port, "localhost.evil.example",
                    "127.0.0.1.nip.io", "localhost:80@evil.example", "[::1]x", "", "localhost:port"}) {
                assertEquals("HTTP/1.1 403 Forbidden", statusFor(port, host), host);
            }
        }
    }

    @Test
    void aClosedPageLetsGoOfItsEventStreamAtOnce() throws Exception {
        Files.writeString(site.resolve("index.html"), "首页");
        try (StaticServer server = new StaticServer(site, 0, true).start()) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + StaticServer.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 200 OK", in.readLine());
                while (server.listeners() == 0) {
                    Thread.sleep(5);
                }
            }
            long closed = System.nanoTime();
            while (server.listeners() > 0 && System.nanoTime() - closed < 10_000_000_000L) {
                Thread.sleep(20);
            }
            long millis = (System.nanoTime() - closed) / 1_000_000;
            assertEquals(0, server.listeners(), "still held after " + millis + " ms");
            assertTrue(millis < 3_000, "released after " + millis + " ms");
        }
    }
}
