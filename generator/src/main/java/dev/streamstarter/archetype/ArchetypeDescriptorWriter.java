package dev.streamstarter.archetype;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the archetype's {@code archetype-metadata.xml} from the catalog at build time: one
 * required property with its default per option, so that the archetype and the CLI offer the
 * same choices with the same defaults.
 */
public final class ArchetypeDescriptorWriter {

    private ArchetypeDescriptorWriter() {}

    /** Writes the descriptor to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, descriptor(Catalog.standard()), StandardCharsets.UTF_8);
    }

    static String descriptor(Catalog catalog) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written from the stream-starter catalog at build time; do not edit. -->
                <archetype-descriptor xmlns="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0 https://maven.apache.org/xsd/archetype-descriptor-1.1.0.xsd"
                    name="spark-streaming-archetype">
                  <requiredProperties>
                """);
        for (OptionDef option : catalog.options()) {
            // Defaults naming another option, e.g. {groupId}, become archetype property references,
            // which the plugin fills in as the CLI does.
            String defaultValue = option.defaultValue().replaceAll("\\{(\\w+)\\}", "\\${$1}");
            xml.append("    <requiredProperty key=\"").append(option.id()).append("\"><defaultValue>")
                    .append(xmlText(defaultValue)).append("</defaultValue></requiredProperty>\n");
        }
        xml.append("""
                  </requiredProperties>
                  <fileSets>
                    <!-- The generator itself: the post-generate script runs it and removes it. -->
                    <fileSet filtered="false">
                      <directory>.stream-starter</directory>
                      <includes><include>generator.jar</include></includes>
                    </fileSet>
                  </fileSets>
                </archetype-descriptor>
                """);
        return xml.toString();
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
