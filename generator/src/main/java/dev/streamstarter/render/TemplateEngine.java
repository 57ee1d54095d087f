package dev.streamstarter.render;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** Velocity in strict mode over the template tree on the classpath: a misspelt reference fails. */
final class TemplateEngine {

    static final String ROOT = "stream-starter/project/";

    private final VelocityEngine engine;

    TemplateEngine() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** Renders one template of the tree with the given context. */
    String render(String path, Map<String, Object> context) {
        Template template = engine.getTemplate(ROOT + path, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(new VelocityContext(new java.util.HashMap<>(context)), out);
        return out.toString();
    }
}
