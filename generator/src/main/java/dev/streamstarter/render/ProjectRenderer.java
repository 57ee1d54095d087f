package dev.streamstarter.render;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.catalog.TemplateFile;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.spec.Names;
import dev.streamstarter.model.ProjectFacts;
import dev.streamstarter.model.TemplateModel;
import dev.streamstarter.model.kinds.KindModelRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Renders a checked project in memory: every template whose condition holds (per-pipeline
 * templates once per pipeline), the sample data and the normalised spec. Shared templates compose
 * the parts of the kinds chosen: a pipeline's own kinds ({@code $pipeline.parts}) or every kind in
 * the project ({@code $parts}).
 */
public final class ProjectRenderer {

    /** Name of the file recording the choices a project was generated from. */
    public static final String SPEC_FILE = "stream-starter.yaml";

    /** Files written executable (the Maven wrapper's script). */
    public static final Set<String> EXECUTABLES = Set.of("mvnw");

    private final Catalog catalog;
    private final TemplateEngine engine = TemplateEngine.shared();

    public ProjectRenderer(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Relative path to content, in path order, with the manifest of what was rendered (FileManifest). */
    public Map<String, byte[]> render(CheckedProject project) {
        Map<String, byte[]> files = render(project, path -> true);
        files.put(FileManifest.FILE, FileManifest.of(files).bytes());
        return files;
    }

    /**
     * Relative path to content, in path order, of the templates whose path {@code wanted} accepts
     * (harnesses that need a project's code only skip the rest); sample data and spec always.
     */
    public Map<String, byte[]> render(CheckedProject project, Predicate<String> wanted) {
        Map<String, Object> context = TemplateModel.of(project, catalog);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pipelineModels = (List<Map<String, Object>>) context.get("pipelines");
        String packagePath = project.spec().packageName().replace('.', '/');
        var projectFacts = ProjectFacts.union(project);
        String packageName = project.spec().packageName();
        context.put("parts", parts(projectFacts, packageName));
        for (int i = 0; i < project.pipelines().size(); i++) {
            pipelineModels.get(i).put("parts", parts(project.pipelines().get(i).facts(), packageName));
        }

        boolean exercise = project.choices().text("exercise").equals("on");
        Map<String, byte[]> files = new TreeMap<>();
        for (TemplateFile file : catalog.files()) {
            String path = file.path().replace(TemplateFile.PACKAGE_TOKEN, packagePath);
            // An exercise's transformations are to write, but its solutions are the finished code.
            context.put("exercise", exercise && !file.isSolution());
            if (!file.perPipeline()) {
                if (wanted.test(path) && file.when().matches(projectFacts)) {
                    files.put(path, utf8(engine.render(file.template(), context)));
                }
                continue;
            }
            for (int i = 0; i < project.pipelines().size(); i++) {
                CheckedPipeline pipeline = project.pipelines().get(i);
                String pipelinePath = path.replace(TemplateFile.PIPELINE_TOKEN,
                        Names.className(pipeline.spec().name()));
                if (wanted.test(pipelinePath) && file.when().matches(withProjectOptions(pipeline.facts(), project))) {
                    Map<String, Object> pipelineContext = new HashMap<>(context);
                    pipelineContext.put("pipeline", pipelineModels.get(i));
                    files.put(pipelinePath, utf8(engine.render(file.template(), pipelineContext)));
                }
            }
        }
        for (CheckedPipeline pipeline : project.pipelines()) {
            Map<String, String> samples = new TreeMap<>();
            for (KindDef kind : catalog.kindsOf(pipeline.facts())) {
                KindModelRegistry.of(kind).addSampleFiles(pipeline.spec(), samples);
            }
            samples.forEach((path, content) -> files.put(path, utf8(content)));
        }
        files.put(SPEC_FILE, utf8(SpecYaml.write(project, catalog)));
        return files;
    }

    /** A pipeline's facts and the project's options, which per-pipeline files may test too. */
    private static Map<String, List<String>> withProjectOptions(Map<String, List<String>> facts, CheckedProject project) {
        Map<String, List<String>> all = new HashMap<>(facts);
        project.choices().values().forEach((id, value) -> {
            if (value instanceof String text) {
                all.putIfAbsent(id, List.of(text));
            }
        });
        return all;
    }

    /** The parts of the kinds these facts select. */
    private Parts parts(Map<String, ? extends Collection<String>> facts, String packageName) {
        return new Parts(catalog.kindsOf(facts), packageName, facts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
