package dev.streamstarter.reliability;

import java.net.URLClassLoader;
import java.util.concurrent.CompletableFuture;

/**
 * One real Kafka broker and one real PostgreSQL server for the whole run, started by a generated
 * project's own test launchers ({@code KafkaBroker}, {@code EmbeddedDatabase}), loaded from its
 * test classpath: the broker runs in a JVM of its own, the database as a server process.
 */
final class Services implements AutoCloseable {

    /** The superuser of the generated EmbeddedDatabase; it needs no password on 127.0.0.1. */
    static final String DATABASE_USER = "postgres";

    private final URLClassLoader loader;
    private final AutoCloseable broker;
    private final AutoCloseable database;

    private Services(URLClassLoader loader, AutoCloseable broker, AutoCloseable database) {
        this.loader = loader;
        this.broker = broker;
        this.database = database;
    }

    /** Starts both services at once, with the launchers of this project. */
    static Services start(GeneratedProject project) throws Exception {
        System.setProperty("kafka.broker.classpathFile", project.kafkaBrokerClasspathFile().toString());
        URLClassLoader loader = project.testClassLoader();
        CompletableFuture<AutoCloseable> broker =
                CompletableFuture.supplyAsync(() -> launch(loader, "com.example.KafkaBroker"));
        CompletableFuture<AutoCloseable> database =
                CompletableFuture.supplyAsync(() -> launch(loader, "com.example.EmbeddedDatabase"));
        return new Services(loader, broker.join(), database.join());
    }

    String bootstrapServers() {
        return (String) call(broker, "bootstrapServers");
    }

    String jdbcUrl() {
        return (String) call(database, "jdbcUrl");
    }

    @Override
    public void close() throws Exception {
        try (loader; database; broker) {
            // closed in reverse order of the resources
        }
    }

    private static AutoCloseable launch(ClassLoader loader, String launcher) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kafka's clients load their plugins through the context class loader.
        thread.setContextClassLoader(loader);
        try {
            return (AutoCloseable) loader.loadClass(launcher).getMethod("start").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start " + launcher + ": " + e.getCause(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Object call(Object service, String method) {
        try {
            return service.getClass().getMethod(method).invoke(service);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(service.getClass().getName() + "." + method + ": " + e, e);
        }
    }
}
