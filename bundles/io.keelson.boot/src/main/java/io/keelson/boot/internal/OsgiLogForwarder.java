package io.keelson.boot.internal;

import java.lang.System.Logger.Level;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Sends what the framework and its services log through the OSGi Log Service (SCR's activation
 * failures among them) to the platform logger, so it lands in the server's log file like
 * everything else instead of on stdout.
 */
@Component(immediate = true, service = {})
public class OsgiLogForwarder implements LogListener {

    private final LogReaderService reader;
    /** The newest replayed entry: the listener may be handed it again. */
    private volatile long replayedUpTo = -1;

    @Activate
    public OsgiLogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        // what was logged before this component existed (SCR reports start-up failures early), oldest first
        java.util.List<LogEntry> backlog = java.util.Collections.list(reader.getLog());
        java.util.Collections.reverse(backlog);
        backlog.forEach(this::logged);
        replayedUpTo = backlog.isEmpty() ? -1 : backlog.get(backlog.size() - 1).getSequence();
        reader.addLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (entry.getSequence() <= replayedUpTo) {
            return;
        }
        String name = entry.getLoggerName() != null && !entry.getLoggerName().startsWith("LogService")
                ? entry.getLoggerName() : entry.getBundle().getSymbolicName();
        System.getLogger(name).log(level(entry), entry.getMessage(), entry.getException());
    }

    static Level level(LogEntry entry) {
        return switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> Level.ERROR;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.DEBUG;
            case TRACE -> Level.TRACE;
        };
    }

    @Deactivate
    void stop() {
        reader.removeLogListener(this);
    }
}
