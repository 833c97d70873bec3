package org.sevasurge.testbed.powerloss;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.serce.jnrfuse.ErrorCodes;

/**
 * The namespace as the running programs see it, with the open file handles. It starts from the disk's synced
 * tree ({@link #reload}) and changes in memory only; {@link DurableStore} writes parts of it to the disk when they
 * are fsynced. libfuse renames a file unlinked while open to {@code .fuse_hidden...} and unlinks that name at
 * the last release; here such a name is kept apart from its directory, so that it is never synced and the file
 * behaves as POSIX says (gone from the directory, readable through its handles). Not thread-safe:
 * {@link PowerLossFs} serialises every call.
 */
final class VolatileTree {

    private static final String HIDDEN_PREFIX = ".fuse_hidden";

    private final DurableStore disk;
    private final Map<String, Inode> hidden = new HashMap<>();
    private final Map<Long, Inode> handles = new HashMap<>();
    private Inode root;
    private long nextId;
    private long nextHandle = 1;

    VolatileTree(DurableStore disk) {
        this.disk = disk;
    }

    /** Forgets everything in memory and starts again from what the disk holds. */
    void reload() throws IOException {
        DurableStore.Loaded loaded = disk.load();
        root = loaded.root();
        nextId = loaded.highestId() + 1;
        hidden.clear();
        handles.clear();
    }

    Inode root() {
        return root;
    }

    /** Every file and directory reachable by a name, parents before their entries (a file with two names once). */
    List<Inode> linkedInodes() {
        List<Inode> found = new ArrayList<>();
        Set<Inode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Inode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Inode inode = todo.pop();
            if (seen.add(inode)) {
                found.add(inode);
                if (inode.directory) {
                    inode.entries.values().forEach(todo::push);
                }
            }
        }
        return found;
    }

    Inode resolve(String path) throws FsError {
        Inode stashed = hidden.get(path);
        if (stashed != null) {
            return stashed;
        }
        Inode node = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!node.directory) {
                throw new FsError(ErrorCodes.ENOTDIR(), path);
            }
            node = node.entries.get(part);
            if (node == null) {
                throw new FsError(ErrorCodes.ENOENT(), path);
            }
        }
        return node;
    }

    Inode directory(String path) throws FsError {
        Inode node = resolve(path);
        if (!node.directory) {
            throw new FsError(ErrorCodes.ENOTDIR(), path);
        }
        return node;
    }

    Inode create(String path, long mode, boolean directory) throws FsError {
        Inode parent = directory(parentOf(path));
        String name = nameOf(path);
        if (parent.entries.containsKey(name)) {
            throw new FsError(ErrorCodes.EEXIST(), path);
        }
        int permissions = (int) (mode & 07777);
        Inode inode = directory ? Inode.directory(nextId++, permissions) : Inode.file(nextId++, permissions, 0);
        inode.links = 1;
        parent.entries.put(name, inode);
        parent.modifiedMillis = System.currentTimeMillis();
        return inode;
    }

    void unlink(String path) throws FsError {
        if (hidden.remove(path) != null) {
            return;
        }
        Inode parent = directory(parentOf(path));
        Inode child = existing(parent, path);
        if (child.directory) {
            throw new FsError(ErrorCodes.EISDIR(), path);
        }
        parent.entries.remove(nameOf(path));
        child.links--;
    }

    void rmdir(String path) throws FsError {
        Inode parent = directory(parentOf(path));
        Inode child = existing(parent, path);
        if (!child.directory) {
            throw new FsError(ErrorCodes.ENOTDIR(), path);
        }
        if (!child.entries.isEmpty()) {
            throw new FsError(ErrorCodes.ENOTEMPTY(), path);
        }
        parent.entries.remove(nameOf(path));
    }

    void rename(String from, String to) throws FsError {
        Inode fromParent = directory(parentOf(from));
        Inode node = existing(fromParent, from);
        if (nameOf(to).startsWith(HIDDEN_PREFIX)) {
            fromParent.entries.remove(nameOf(from));
            node.links--;
            hidden.put(to, node);
            return;
        }
        if (to.startsWith(from + "/")) {
            throw new FsError(ErrorCodes.EINVAL(), "cannot move " + from + " into itself");
        }
        Inode toParent = directory(parentOf(to));
        Inode replaced = toParent.entries.get(nameOf(to));
        if (replaced == node) {
            return;
        }
        if (replaced != null) {
            if (replaced.directory && !node.directory) {
                throw new FsError(ErrorCodes.EISDIR(), to);
            }
            if (!replaced.directory && node.directory) {
                throw new FsError(ErrorCodes.ENOTDIR(), to);
            }
            if (replaced.directory && !replaced.entries.isEmpty()) {
                throw new FsError(ErrorCodes.ENOTEMPTY(), to);
            }
            replaced.links--;
        }
        fromParent.entries.remove(nameOf(from));
        toParent.entries.put(nameOf(to), node);
        long now = System.currentTimeMillis();
        fromParent.modifiedMillis = now;
        toParent.modifiedMillis = now;
    }

    void link(String existingPath, String newPath) throws FsError {
        Inode node = resolve(existingPath);
        if (node.directory) {
            throw new FsError(ErrorCodes.EPERM(), "hard link to a directory " + existingPath);
        }
        Inode parent = directory(parentOf(newPath));
        if (parent.entries.containsKey(nameOf(newPath))) {
            throw new FsError(ErrorCodes.EEXIST(), newPath);
        }
        parent.entries.put(nameOf(newPath), node);
        node.links++;
    }

    long open(Inode inode) {
        long handle = nextHandle++;
        handles.put(handle, inode);
        inode.openHandles++;
        return handle;
    }

    Inode handle(long handle) throws FsError {
        Inode inode = handles.get(handle);
        if (inode == null) {
            throw new FsError(ErrorCodes.EBADF(), "no open file with handle " + handle);
        }
        return inode;
    }

    void release(long handle) {
        Inode inode = handles.remove(handle);
        if (inode != null) {
            inode.openHandles--;
        }
    }

    private static Inode existing(Inode parent, String path) throws FsError {
        Inode child = parent.entries.get(nameOf(path));
        if (child == null) {
            throw new FsError(ErrorCodes.ENOENT(), path);
        }
        return child;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
