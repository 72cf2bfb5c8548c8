package gongkai.model;

import java.util.List;

/** A numbered part of a plan. label is the number as printed (一、 or （一）); depth starts at 0. */
public record Section(String id, String label, String title, int depth, String anchor, List<Section> children) {

    public Section {
        children = List.copyOf(children);
    }
}
