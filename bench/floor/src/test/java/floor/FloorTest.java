package floor;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.collection.JavaConverters;

/** The least a stateful streaming test can do: one query, one batch, one assertion. */
class FloorTest {

  @Test
  void countsEachKey() throws Exception {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.sql.shuffle.partitions", 2)
            .config("spark.ui.enabled", false)
            .getOrCreate();
    MemoryStream<String> input =
        new MemoryStream<>(1, spark.sqlContext(), Option.empty(), Encoders.STRING());
    StreamingQuery query =
        input.toDF().groupBy(col("value")).count()
            .writeStream().outputMode("complete").format("memory").queryName("counts").start();

    input.addData(JavaConverters.asScalaBuffer(List.of("a", "b", "a")).toSeq());
    query.processAllAvailable();

    assertEquals(2L, spark.sql("SELECT count FROM counts WHERE value = 'a'").first().getLong(0));
    query.stop();
  }
}
