package gongkai.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When each content file last changed, from the commits that touched it: the history is part of the
 * input, so two builds of one commit agree. File modification times are never used.
 */
public final class GitHistory {

    private GitHistory() {
    }

    /**
     * Last commit time of each file (paths relative to root, '/' separators) reachable from HEAD of the
     * repository around root. Empty when root is not in a git checkout or has no commits.
     */
    public static Map<String, Instant> lastChanged(Path root, Collection<String> files) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null || shallowGitDir(builder.getGitDir().toPath())) {
            // A shallow clone's oldest commit seems to add every file: its dates would depend on the depth.
            return Map.of();
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null || repo.isBare()) {
                return Map.of();
            }
            String prefix = prefix(repo.getWorkTree().toPath(), root);
            Set<String> wanted = new HashSet<>();
            for (String f : files) {
                wanted.add(prefix + f);
            }
            Map<String, Instant> found = new HashMap<>();
            walk.markStart(walk.parseCommit(head));
            TreeFilter filter = prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilterGroup.createFromStrings(prefix.substring(0, prefix.length() - 1)),
                            TreeFilter.ANY_DIFF);
            for (RevCommit commit : walk) {
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.setRecursive(true);
                    tw.setFilter(filter);
                    if (commit.getParentCount() == 0) {
                        tw.addTree(new EmptyTreeIterator());
                    } else {
                        tw.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                    }
                    tw.addTree(commit.getTree());
                    while (tw.next()) {
                        String path = tw.getPathString();
                        if (wanted.contains(path) && !found.containsKey(path.substring(prefix.length()))) {
                            found.put(path.substring(prefix.length()), commit.getAuthorIdent().getWhenAsInstant());
                        }
                    }
                }
                if (found.size() == wanted.size()) {
                    break;
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            // History is a nicety: a damaged or unusual repository falls back to update dates.
            return Map.of();
        }
    }

    /**
     * Whether root is in a shallow clone (git clone --depth, CI's usual checkout), whose history is cut short:
     * then no history is used at all, the same fallback whatever the depth.
     */
    public static boolean isShallow(Path root) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        return builder.getGitDir() != null && shallowGitDir(builder.getGitDir().toPath());
    }

    private static boolean shallowGitDir(Path gitDir) {
        try {
            Path common = gitDir.resolve("commondir");
            if (Files.isRegularFile(common)) {
                // A linked worktree: the clone's shallow list is kept in the main repository's folder.
                gitDir = gitDir.resolve(Files.readString(common).strip()).normalize();
            }
            Path shallow = gitDir.resolve("shallow");
            return Files.isRegularFile(shallow) && Files.size(shallow) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static String prefix(Path workTree, Path root) {
        Path w = workTree.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        if (!r.startsWith(w) || r.equals(w)) {
            return "";
        }
        return w.relativize(r).toString().replace('\\', '/') + "/";
    }
}
