package org.sevasurge.testbed.powerloss;

import java.util.TreeMap;

/**
 * One file or directory as the running programs see it now (volatile state). A directory holds its entries by
 * name; a regular file its {@link FileContent}. {@code durable} says whether the backing directory has a record
 * of this inode (it was fsynced, or a synced directory names it). Not thread-safe: {@link PowerLossFs}
 * serialises every call.
 */
final class Inode {

    final long id;
    final boolean directory;
    /** Permission bits ({@code 0700}, ...), without the file type. */
    int mode;

    long modifiedMillis;
    /** Names that point at this file (always 1 for a directory). */
    int links;
    /** Open handles; an unlinked file lives until the last one is released. */
    int openHandles;

    boolean durable;
    /** Directory entries (null for a regular file). */
    final TreeMap<String, Inode> entries;
    /** File content (null for a directory). */
    final FileContent content;

    private Inode(long id, boolean directory, int mode, long syncedSize) {
        this.id = id;
        this.directory = directory;
        this.mode = mode;
        this.modifiedMillis = System.currentTimeMillis();
        this.entries = directory ? new TreeMap<>() : null;
        this.content = directory ? null : new FileContent(syncedSize);
    }

    static Inode directory(long id, int mode) {
        return new Inode(id, true, mode, 0);
    }

    static Inode file(long id, int mode, long syncedSize) {
        return new Inode(id, false, mode, syncedSize);
    }

    long size() {
        return directory ? 4096 : content.size();
    }

    int subdirectories() {
        int n = 0;
        for (Inode child : entries.values()) {
            if (child.directory) {
                n++;
            }
        }
        return n;
    }
}
