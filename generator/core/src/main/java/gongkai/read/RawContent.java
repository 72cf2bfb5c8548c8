package gongkai.read;

import java.util.List;

/** The output of the read stage: every file parsed, nothing resolved yet. */
public record RawContent(RawDocument config, List<RawDocument> unitFiles, List<RawPlan> plans) {

    public RawContent {
        unitFiles = List.copyOf(unitFiles);
        plans = List.copyOf(plans);
    }
}
