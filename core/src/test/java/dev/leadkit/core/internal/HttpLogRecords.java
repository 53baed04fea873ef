package dev.leadkit.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What {@code dev.leadkit.http} logs, at every level, while a test's action runs. */
public final class HttpLogRecords {

    private HttpLogRecords() {
    }

    /**
     * Every record of {@code dev.leadkit.http} while {@code action} runs; other tests may log there at the same
     * time, so a caller keeps the records of its own requests. One capture at a time (test classes run in
     * parallel): two overlapping ones would each restore the logger's level when done, and the one that ends
     * first would turn the other's logging off while its requests still run.
     */
    public static synchronized List<LogRecord> during(Runnable action) {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger http = Logger.getLogger("dev.leadkit.http");
        Level before = http.getLevel();
        http.setLevel(Level.ALL);
        http.addHandler(handler);
        try {
            action.run();
        } finally {
            http.removeHandler(handler);
            http.setLevel(before);
        }
        return records;
    }
}
