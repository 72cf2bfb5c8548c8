package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
