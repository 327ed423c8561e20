package org.priorityatlas.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on the library folder, held while a change is made, so two running instances (or the
 * app and the command line) never interleave their writes. The file lock is the operating system's, so it
 * is released when the holder exits, even by a crash. The OS lock belongs to the whole JVM (a second
 * {@code lock()} from the same process throws), so threads of one process queue on an in-process lock first.
 */
final class LibraryLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock on {@code root/.lock}, creating the folder when it does not exist yet. */
    static LibraryLock acquire(Path root) throws IOException {
        Files.createDirectories(root);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new LibraryLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}
