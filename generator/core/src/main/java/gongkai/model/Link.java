package gongkai.model;

/** Evidence for an update: a title and an http(s) URL or a site-relative path. */
public record Link(String title, String url) {
}
