package gongkai.read;

import java.util.List;

/** A plan folder: its id (the folder name), plan.md, and its task files in name order. */
public record RawPlan(String id, String folder, RawDocument plan, List<RawDocument> tasks) {

    public RawPlan {
        tasks = List.copyOf(tasks);
    }
}
