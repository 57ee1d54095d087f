package dev.streamstarter.check;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.spec.Names;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.ProjectSpec;
import dev.streamstarter.spec.RawSpec;
import dev.streamstarter.spec.SampleInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks raw choices completely: option values, columns, then rules. Either every pipeline passes
 * and a {@link CheckedProject} comes back, or an {@link InvalidSpecException} lists every problem.
 */
public final class SpecChecker {

    private final Catalog catalog;

    public SpecChecker(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Checks the choices; nothing is generated when this throws. */
    public CheckedProject check(RawSpec raw) throws InvalidSpecException {
        Assessment assessment = assess(raw, true);
        if (!assessment.ruleErrors().isEmpty()) {
            throw new InvalidSpecException(assessment.ruleErrors());
        }
        return assessment.project();
    }

    /**
     * Checks option values (throwing on bad ones) but only reports rule errors, so that a
     * combination the rules refuse can still be rendered, e.g. to ask Spark whether it agrees. The
     * choices are taken as they are: no default follows them (see {@link FollowingDefaults}).
     */
    public Assessment assess(RawSpec raw) throws InvalidSpecException {
        return assess(raw, false);
    }

    private Assessment assess(RawSpec raw, boolean followDefaults) throws InvalidSpecException {
        OptionValidator validator = new OptionValidator(catalog);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> context = Map.of("groupId",
                String.valueOf(raw.project().getOrDefault("groupId", defaultOf("groupId"))));
        Choices project = validator.validate(OptionScope.PROJECT, raw.project(), context, problems);

        List<CheckedPipeline> pipelines = new ArrayList<>();
        List<Problem> ruleErrors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> queryNames = new HashSet<>();
        Map<String, String> classNames = new HashMap<>();
        for (int i = 0; i < raw.pipelines().size(); i++) {
            List<Problem> found = new ArrayList<>();
            // Pipeline defaults may name the pipeline, e.g. its Kafka topic.
            Map<String, String> pipelineContext = new HashMap<>(context);
            pipelineContext.put("pipelineName", String.valueOf(
                    raw.pipelines().get(i).getOrDefault("pipelineName", defaultOf("pipelineName"))));
            Map<String, Object> given = raw.pipelines().get(i);
            SampleInput sampleInput = SampleInputChecks.read(given, found);
            Map<String, Object> options = SampleInputChecks.withoutSampleInput(given);
            FollowingDefaults.Followed followed = followDefaults && found.isEmpty()
                    ? FollowingDefaults.resolve(catalog, options,
                            values -> attempt(validator, options, pipelineContext, values, sampleInput))
                    : FollowingDefaults.Followed.NONE;
            Choices choices = validator.validate(OptionScope.PIPELINE, options, pipelineContext, followed.values(), found);
            String where = raw.named() ? "pipeline " + label(raw, i) + ": " : "";
            if (found.isEmpty()) {
                PipelineSpec pipeline = SpecAssembler.pipeline(choices, sampleInput);
                if (!names.add(pipeline.name())) {
                    found.add(Problem.ofOption("--pipeline-name '" + pipeline.name()
                            + "' is used twice; each pipeline needs its own name"));
                }
                String className = Names.className(pipeline.name());
                String other = classNames.putIfAbsent(className, pipeline.name());
                if (other != null && !other.equals(pipeline.name())) {
                    found.add(Problem.ofOption("--pipeline-name '" + pipeline.name() + "' and '" + other
                            + "' both name the class " + className + "Pipeline; give one a name that differs"
                            + " in more than its '-'"));
                }
                String queryName = pipeline.sink().memoryTable().orElse(Names.queryName(pipeline.name()));
                if (!queryNames.add(queryName)) {
                    found.add(Problem.ofOption("query name '" + queryName + "' is used twice (a pipeline name with '-' as"
                            + " '_', or --memory-table); Spark runs one active query per name, so give each its own"));
                }
                // Rules see valid option values; their errors come first, as they say the most.
                List<Problem> broken = new ArrayList<>();
                pipelines.add(new RuleChecker(catalog).check(pipeline, choices, broken)
                        .withFollowedDefaults(followed.notes().stream().map(note -> where + note).toList()));
                broken.forEach(problem -> ruleErrors.add(problem.in(where)));
                checkColumnsAndServices(pipeline, found);
            }
            found.forEach(problem -> problems.add(problem.in(where)));
        }
        checkOneDatabase(pipelines, problems);
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(ruleErrors);
            all.addAll(problems);
            throw new InvalidSpecException(all);
        }
        return new Assessment(new CheckedProject(new ProjectSpec(
                project.text("groupId"),
                project.text("artifactId"),
                project.text("version"),
                project.text("package"),
                pipelines.stream().map(CheckedPipeline::spec).toList()), project, pipelines), ruleErrors);
    }

    /** Checks one pipeline's choices with some defaults that followed them, as assess does. */
    private Optional<FollowingDefaults.Result> attempt(OptionValidator validator, Map<String, Object> options,
            Map<String, String> context, Map<String, Object> followed, SampleInput sampleInput) {
        List<Problem> problems = new ArrayList<>();
        Choices choices = validator.validate(OptionScope.PIPELINE, options, context, followed, problems);
        // An option that does not apply yet may apply once another follows it (--starting-offsets
        // and the Kafka source); any other bad value ends the search.
        if (!problems.stream().allMatch(Problem::isApplicability)) {
            return Optional.empty();
        }
        PipelineSpec pipeline = SpecAssembler.pipeline(choices, sampleInput);
        RuleChecker rules = new RuleChecker(catalog);
        rules.check(pipeline, choices, problems);
        checkColumnsAndServices(pipeline, problems);
        return Optional.of(new FollowingDefaults.Result(pipeline, choices, rules.facts(pipeline), problems.isEmpty()));
    }

    private static void checkColumnsAndServices(PipelineSpec pipeline, List<Problem> problems) {
        ColumnChecks.check(pipeline, problems);
        KafkaChecks.check(pipeline, problems);
        CassandraChecks.check(pipeline, problems);
        SampleInputChecks.check(pipeline, problems);
    }

    /**
     * Choices whose option values are valid, with the rule errors they break (none when valid).
     *
     * @param project the project as it would be rendered
     * @param ruleErrors errors of catalog rules, in catalog order
     */
    public record Assessment(CheckedProject project, List<Problem> ruleErrors) {

        public Assessment {
            ruleErrors = List.copyOf(ruleErrors);
        }
    }

    /** The job has one JDBC connection setting, so its JDBC sinks share one database. */
    private static void checkOneDatabase(List<CheckedPipeline> pipelines, List<Problem> problems) {
        Set<String> databases = new TreeSet<>();
        pipelines.forEach(pipeline -> pipeline.spec().sink().database().ifPresent(databases::add));
        if (databases.size() > 1) {
            problems.add(Problem.ofOption("--database differs between JDBC pipelines (" + String.join(", ", databases)
                    + "); a job writes to one database, so give every JDBC pipeline the same --database"));
        }
    }

    private String defaultOf(String id) {
        return catalog.option(id).orElseThrow().defaultValue();
    }

    private static String label(RawSpec raw, int index) {
        Object name = raw.pipelines().get(index).get("pipelineName");
        return name == null ? "#" + (index + 1) : "'" + Printable.oneLine(String.valueOf(name)) + "'";
    }
}
