package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.model.Change;
import gongkai.model.Deadline;
import gongkai.model.FieldChange;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.Task;
import gongkai.model.TaskHistory;
import gongkai.model.Update;
import gongkai.model.ValueDigest;
import gongkai.read.ForbiddenChars;
import gongkai.read.FrontMatter;
import gongkai.read.GitHistory;
import gongkai.read.RawDocument;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plan's change records: each version of each task file in the history, read as the project reads its files
 * today (the same reader, the plan's sections and the unit registry as they are now, so a unit is known by what it
 * is, not by how it was written), compared with the version published before it field by field. A version that
 * does not change a field (a file only reformatted) is no change; one that cannot be read is passed over; while a
 * task is a draft it is not published, so its versions then are not part of its public record.
 */
final class ChangeRecords {

    private ChangeRecords() {
    }

    /**
     * The records of a plan's task files. publishedNow: the tasks published now, by id, which stand for the one
     * version of a file committed once with its plan (that version is not read: see GitHistory). cache: records
     * derived before (null: none), context what they all depend on besides the plan and the versions. texts: where
     * the versions' texts are read.
     */
    static Map<String, TaskHistory> derive(String folder, GitHistory.PlanHistory history, GitHistory.Texts texts,
            Plan plan, Map<String, Section> sections, PlanResolver resolver, ZoneId zone, Map<String, Task> publishedNow,
            ChangeRecordCache cache, String context) {
        Map<String, TaskHistory> out = new HashMap<>();
        int planFirst = history.planFirstCommit();
        String planInputs = cache == null ? null : ValueDigest.of(context, plan, planFirst);
        history.tasks().forEach((id, versions) -> {
            if (!Fields.isValidId(id)) {
                return;
            }
            String file = folder + "/" + id + ".md";
            // A version not read stands for the task as it is now: its record is not the versions' alone.
            String inputs = planInputs == null || !versions.stream().allMatch(GitHistory.Version::read) ? null
                    : ValueDigest.of(planInputs, id, identities(versions));
            ChangeRecordCache.Entry known = inputs == null ? null : cache.find(file, inputs);
            boolean[] unread = {false};
            TaskHistory record = known != null ? known.record()
                    : derive(file, id, versions, texts, unread, planFirst, plan, sections, resolver, zone, publishedNow);
            // A text that could not be read this time may be read next time: what came without it is not kept.
            if (inputs != null && known == null && !unread[0]) {
                cache.put(file, new ChangeRecordCache.Entry(inputs, record));
            }
            if (record != null) {
                out.put(id, record);
            }
        });
        return out;
    }

    /** What tells one file's versions from any others: each one's commit, and its blob or deletion. */
    private static List<Object> identities(List<GitHistory.Version> versions) {
        List<Object> out = new ArrayList<>(versions.size() * 7);
        for (GitHistory.Version v : versions) {
            GitHistory.Commit c = v.commit();
            out.add(c.index());
            out.add(c.id());
            out.add(c.time().getEpochSecond());
            out.add(c.subject());
            out.add(v.deleted());
            out.add(v.blob() == null ? "" : v.blob().name());
        }
        return out;
    }

    /**
     * One file's record from its versions; null when none of them was ever published. A version whose text cannot be
     * read from the repository is passed over, and unread[0] says so.
     */
    private static TaskHistory derive(String file, String id, List<GitHistory.Version> versions,
            GitHistory.Texts texts, boolean[] unread, int planFirst, Plan plan, Map<String, Section> sections,
            PlanResolver resolver, ZoneId zone, Map<String, Task> publishedNow) {
        List<Change> changes = new ArrayList<>();
        Task lastPublic = null;
        boolean published = false;
        for (GitHistory.Version v : versions) {
            Task now = v.deleted() ? null : !v.read() ? publishedNow.get(id)
                    : read(file, text(texts, v, unread), plan, sections, resolver).orElse(null);
            if (!v.deleted() && now == null) {
                continue;
            }
            boolean isPublic = now != null && !now.draft();
            GitHistory.Commit c = v.commit();
            LocalDate date = c.time().atZone(zone).toLocalDate();
            String message = saysSomething(c.subject()) ? c.subject() : "";
            if (isPublic) {
                if (lastPublic == null) {
                    changes.add(new Change(c.index(), c.id(), date, message, Change.Kind.FIRST, List.of(),
                            planFirst >= 0 && c.index() > planFirst));
                } else {
                    List<FieldChange> fields = fields(lastPublic, now);
                    if (published && fields.isEmpty()) {
                        continue;
                    }
                    changes.add(new Change(c.index(), c.id(), date, message,
                            published ? Change.Kind.EDITED : Change.Kind.RESTORED, fields, false));
                }
                lastPublic = now;
                published = true;
            } else if (published) {
                changes.add(new Change(c.index(), c.id(), date, message, Change.Kind.REMOVED, List.of(), false));
                published = false;
            }
        }
        return lastPublic == null ? null : new TaskHistory(plan.id(), id, lastPublic.number(), lastPublic.title(),
                lastPublic.parentId(), changes);
    }

    private static String text(GitHistory.Texts texts, GitHistory.Version v, boolean[] unread) {
        try {
            return texts.text(v);
        } catch (java.io.IOException | RuntimeException e) {
            unread[0] = true;
            return null;
        }
    }

    /** A version as the read stage reads a file, then resolved; empty when the read stage would refuse it. */
    private static Optional<Task> read(String file, String text, Plan plan, Map<String, Section> sections,
            PlanResolver resolver) {
        Problems read = new Problems();
        if (text == null || !ForbiddenChars.check(file, text, read)) {
            return Optional.empty();
        }
        Optional<RawDocument> doc = FrontMatter.parse(file, text, read);
        if (doc.isEmpty() || !read.isEmpty()) {
            return Optional.empty();
        }
        return resolver.version(doc.get(), plan, sections);
    }

    /** The fields that differ between two versions, in the order a task page lists them. */
    static List<FieldChange> fields(Task a, Task b) {
        List<FieldChange> out = new ArrayList<>();
        text(out, FieldChange.Field.NUMBER, a.number(), b.number());
        text(out, FieldChange.Field.TITLE, a.title(), b.title());
        text(out, FieldChange.Field.SECTION, a.sectionId(), b.sectionId());
        text(out, FieldChange.Field.PARENT, Objects.toString(a.parentId(), ""), Objects.toString(b.parentId(), ""));
        Deadline da = a.deadline();
        Deadline db = b.deadline();
        if (!da.equals(db)) {
            boolean postponed = da.date() != null && (db.date() == null || db.date().isAfter(da.date()));
            out.add(new FieldChange.DeadlineChanged(da, db, postponed));
        }
        for (Role role : Role.values()) {
            List<String> before = a.unitIds(role);
            List<String> after = b.unitIds(role);
            List<String> added = after.stream().filter(u -> !before.contains(u)).toList();
            List<String> removed = before.stream().filter(u -> !after.contains(u)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.add(new FieldChange.UnitsChanged(role, added, removed));
            }
        }
        text(out, FieldChange.Field.UNITS_TEXT, a.unitsText(), b.unitsText());
        if (a.status() != b.status()) {
            out.add(new FieldChange.StatusChanged(a.status(), b.status()));
        }
        updates(out, a.updates(), b.updates());
        text(out, FieldChange.Field.REMARKS, a.remarks(), b.remarks());
        text(out, FieldChange.Field.REQUIREMENT, a.body(), b.body());
        return out;
    }

    private static void text(List<FieldChange> out, FieldChange.Field field, String a, String b) {
        if (!a.equals(b)) {
            out.add(new FieldChange.TextChanged(field, a, b));
        }
    }

    /** Reports known by their date and place among that day's, as their permalinks are. */
    private static void updates(List<FieldChange> out, List<Update> a, List<Update> b) {
        Map<String, Update> before = new LinkedHashMap<>();
        a.forEach(u -> before.put(u.date() + "#" + u.ordinal(), u));
        Map<String, Update> after = new LinkedHashMap<>();
        b.forEach(u -> after.put(u.date() + "#" + u.ordinal(), u));
        List<FieldChange.UpdateChanged> found = new ArrayList<>();
        after.forEach((k, u) -> {
            Update old = before.get(k);
            if (old == null) {
                found.add(new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.ADDED, u.date(), u.ordinal(), u.status()));
            } else if (!old.equals(u)) {
                found.add(new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.EDITED, u.date(), u.ordinal(), u.status()));
            }
        });
        before.forEach((k, u) -> {
            if (!after.containsKey(k)) {
                found.add(new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.REMOVED, u.date(), u.ordinal(), u.status()));
            }
        });
        found.sort(java.util.Comparator.comparing(FieldChange.UpdateChanged::date).thenComparingInt(FieldChange.UpdateChanged::ordinal));
        out.addAll(found);
    }

    /**
     * What editors' tools write on their own, which says nothing to a reader: a web editor's "Update 3.md",
     * "Initial commit", a single word such as "update" or "修改".
     */
    private static final Pattern SAYS_NOTHING = Pattern.compile(
            "(?i)(update|updated|add|added|create|created|delete|deleted|edit|edited|upload|uploaded|rename|renamed|modify|"
            + "modified)( new)?( file)?( [^ ]+\\.(md|ya?ml|txt))?\\.?|initial commit|wip|fix|fixes|changes?|commit|save|saved|"
            + "sync|test|更新|修改|提交|保存|改|编辑|修订|调整|新增|删除|上传|同步");

    static boolean saysSomething(String subject) {
        String s = subject.strip();
        return s.codePointCount(0, s.length()) >= 2 && !SAYS_NOTHING.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }
}
