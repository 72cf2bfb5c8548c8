package gongkai.model;

import java.util.List;

/**
 * A numbered part of a plan. number is its place at its depth (the second level counts straight through the
 * plan, as plans number （五） after （四） under the next 一、); depth starts at 0. How the number is printed
 * (一、 or 1.) is the site's language's.
 */
public record Section(String id, int number, String title, int depth, String anchor, List<Section> children) {

    public Section {
        children = List.copyOf(children);
    }
}
