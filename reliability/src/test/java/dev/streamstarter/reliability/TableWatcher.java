package dev.streamstarter.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import org.postgresql.Driver;

/**
 * Reads a window-count table over and over while jobs write it, on a thread of its own, and keeps
 * every read that shows part of a batch. An append-mode batch merges every window the watermark
 * has just closed, with its final count; so a whole set of batches shows exactly the expected
 * windows up to some window end, each with its expected count. A window missing below a visible
 * one, a count that is not the expected one, or a window that should never be written is a read
 * of part of a batch (or of a wrong one).
 */
final class TableWatcher implements AutoCloseable {

    private static final long PAUSE_MILLIS = 20;

    private final String jdbcUrl;
    private final String user;
    private final String table;
    private final NavigableMap<Window, Long> expected;
    private final List<String> partialReads = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private int reads;
    private SQLException failure;

    TableWatcher(String jdbcUrl, String user, String table, NavigableMap<Window, Long> expected) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.table = table;
        this.expected = expected;
        this.thread = new Thread(this::watch, "watch-" + table);
    }

    TableWatcher start() {
        thread.start();
        return this;
    }

    /**
     * A connection to the database; through the driver itself, not DriverManager, which only
     * knows the drivers of the class loader that first used it (here the generated project's).
     */
    static Connection connect(String jdbcUrl, String user) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", "");
        return new Driver().connect(jdbcUrl, login);
    }

    /** The table's rows now: each window's count. */
    static NavigableMap<Window, Long> read(Connection connection, String table) throws SQLException {
        NavigableMap<Window, Long> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT"
                        + " (extract(epoch FROM \"window_start\") * 1000)::bigint,"
                        + " (extract(epoch FROM \"window_end\") * 1000)::bigint,"
                        + " \"action\", \"count\" FROM \"" + table + "\"")) {
            while (result.next()) {
                rows.put(new Window(Instant.ofEpochMilli(result.getLong(1)), Instant.ofEpochMilli(result.getLong(2)),
                        result.getString(3)), result.getLong(4));
            }
        }
        return rows;
    }

    /** What is wrong with a read of the table, or null if it shows whole batches. */
    static String partialRead(NavigableMap<Window, Long> seen, NavigableMap<Window, Long> expected) {
        for (Map.Entry<Window, Long> row : seen.entrySet()) {
            Long count = expected.get(row.getKey());
            if (count == null || count.longValue() != row.getValue()) {
                return row.getKey() + " holds " + row.getValue() + ", expected " + count;
            }
        }
        if (seen.isEmpty()) {
            return null;
        }
        Window lastSeen = seen.lastKey(); // the latest window end
        for (Window window : expected.keySet()) {
            if (!window.end().isAfter(lastSeen.end()) && !seen.containsKey(window)) {
                return window + " is missing while " + lastSeen + " is there";
            }
        }
        return null;
    }

    /** How many reads saw rows (reads before the table exists do not count). */
    synchronized int reads() {
        return reads;
    }

    /** Every read that showed part of a batch, described. */
    synchronized List<String> partialReads() {
        return List.copyOf(partialReads);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
        synchronized (this) {
            if (failure != null) {
                throw new IllegalStateException("the watcher of table " + table + " failed", failure);
            }
        }
    }

    private void watch() {
        while (!stopped) {
            try (Connection connection = connect(jdbcUrl, user)) {
                while (!stopped) {
                    record(read(connection, table));
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (SQLException e) {
                if (!"42P01".equals(e.getSQLState())) { // 42P01: the table does not exist yet
                    synchronized (this) {
                        failure = e;
                    }
                    return;
                }
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(NavigableMap<Window, Long> seen) {
        reads++;
        String partial = partialRead(seen, expected);
        if (partial != null) {
            partialReads.add("read " + reads + ": " + partial);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
