package dev.streamstarter.check;

import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SourceSpec.KafkaSource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks Kafka settings that depend on each other. */
final class KafkaChecks {

    private KafkaChecks() {}

    static void check(PipelineSpec pipeline, List<Problem> problems) {
        pipeline.source().kafka().ifPresent(kafka -> kafka.topicPattern().ifPresent(pattern -> {
            String topic = kafka.topic().orElseThrow();
            // Sample records go to --source-topic; the query would never see them otherwise.
            if (!Pattern.compile(pattern).matcher(topic).matches()) {
                problems.add(Problem.ofOption("--source-topic '" + topic + "' does not match --source-topic-pattern '"
                        + Printable.oneLine(pattern) + "'; sample records go to --source-topic, so it must match"));
            }
        }));
        pipeline.source().kafka().ifPresent(source -> pipeline.sink().kafka().ifPresent(sink -> {
            if (reads(source, sink.topic())) {
                String read = source.topicPattern().map(pattern -> "--source-topic-pattern '"
                        + Printable.oneLine(pattern) + "'").orElse("--source-topic '" + source.topic().orElseThrow() + "'");
                // The tests and the local run put both on one broker, whatever the servers say.
                problems.add(Problem.ofOption(read + " reads --sink-topic '" + sink.topic()
                        + "': the job would read its own results for ever; give the sink a topic the source does not read"));
            }
        }));
        pipeline.source().kafka().ifPresent(source -> deadLetterTopic(pipeline).ifPresent(deadLetters -> {
            if (reads(source, deadLetters)) {
                problems.add(Problem.ofOption("--source-topic-pattern '" + Printable.oneLine(source.topicPattern().orElseThrow())
                        + "' reads the dead-letter topic '" + deadLetters + "' (--bad-records dead-letter): the job would"
                        + " read its own dead letters for ever; narrow the pattern, or choose --bad-records drop or fail"));
            }
        }));
    }

    /** The dead-letter topic of a Kafka source that keeps bad records there (see the bad-records kind). */
    static Optional<String> deadLetterTopic(PipelineSpec pipeline) {
        return pipeline.source().kafka()
                .filter(kafka -> pipeline.source().badRecords().filter("dead-letter"::equals).isPresent())
                .map(kafka -> pipeline.name() + "-dead-letters");
    }

    private static boolean reads(KafkaSource source, String topic) {
        return source.topicPattern()
                .map(pattern -> Pattern.compile(pattern).matcher(topic).matches())
                .orElse(source.topic().orElseThrow().equals(topic));
    }
}
