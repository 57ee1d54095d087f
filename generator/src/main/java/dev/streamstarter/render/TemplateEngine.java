package dev.streamstarter.render;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity in strict mode over the templates on the classpath: a misspelt reference fails. Every
 * template sees the macros of {@code parts.vm}, which compose the chosen kinds' parts.
 */
final class TemplateEngine {

    /** Classpath folder of the templates: the shared tree, the kind folders, the macros. */
    static final String ROOT = "stream-starter/";

    private final VelocityEngine engine;

    /** One engine for every render of this class loader: templates are parsed once, not per project. */
    static TemplateEngine shared() {
        return Shared.ENGINE;
    }

    private static final class Shared {
        static final TemplateEngine ENGINE = new TemplateEngine();
    }

    private TemplateEngine() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        // Templates and parts are read-only resources: parse each once, not at every #parse.
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty("resource.loader.classpath.modification_check_interval", "-1");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        properties.setProperty(RuntimeConstants.VM_LIBRARY, ROOT + "parts.vm");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** Renders one template, named by its resource below {@link #ROOT}, with the given context. */
    String render(String template, Map<String, Object> context) {
        Template loaded = engine.getTemplate(ROOT + template, "UTF-8");
        StringWriter out = new StringWriter();
        loaded.merge(new VelocityContext(new HashMap<>(context)), out);
        return out.toString();
    }
}
