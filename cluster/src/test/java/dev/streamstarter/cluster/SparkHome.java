package dev.streamstarter.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A SPARK_HOME made of the Spark jars Maven resolved: {@code jars/} links to them and {@code conf/}
 * holds a log4j2 configuration. The Worker needs it: it starts executors with Spark's launcher,
 * which puts {@code $SPARK_HOME/conf} and {@code $SPARK_HOME/jars/*} on their classpath.
 */
record SparkHome(Path dir) {

    /** What Spark's launcher adds on Java 17 (JavaModuleOptions); every Spark JVM fails without them. */
    static final List<String> JAVA_17_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    private static final List<String> LOG4J2_PROPERTIES = List.of(
            "rootLogger.level = info",
            "rootLogger.appenderRef.stderr.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.target = SYSTEM_ERR",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex",
            "logger.jetty.name = org.sparkproject.jetty",
            "logger.jetty.level = warn",
            "logger.parquet.name = org.apache.parquet",
            "logger.parquet.level = warn",
            "logger.hadoop.name = org.apache.hadoop",
            "logger.hadoop.level = warn");

    /** Creates (or recreates) the SPARK_HOME from a classpath file written by dependency:build-classpath. */
    static SparkHome create(Path classpathFile, Path dir) throws IOException {
        SparkHome home = new SparkHome(dir);
        Processes.deleteRecursively(dir);
        Files.createDirectories(home.jars());
        Set<String> names = new HashSet<>();
        for (String entry : Files.readString(classpathFile).trim().split(File.pathSeparator)) {
            Path jar = Path.of(entry.trim());
            String name = jar.getFileName().toString();
            if (!names.add(name)) {
                // The same file name under two groupIds: prefix the second with its group folder.
                name = jar.getParent().getParent().getParent().getFileName() + "-" + name;
                names.add(name);
            }
            Files.createSymbolicLink(home.jars().resolve(name), jar);
        }
        Files.createDirectories(home.conf());
        Files.write(home.conf().resolve("log4j2.properties"), LOG4J2_PROPERTIES);
        return home;
    }

    Path jars() {
        return dir.resolve("jars");
    }

    Path conf() {
        return dir.resolve("conf");
    }

    /** The command that runs a Spark main class the way Spark's own scripts would. */
    List<String> command(String heap, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.add("-Xmx" + heap);
        command.addAll(JAVA_17_OPTIONS);
        command.add("-cp");
        command.add(conf() + File.separator + File.pathSeparator + jars() + File.separator + "*");
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
