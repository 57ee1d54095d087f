package dev.streamstarter.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The agreement test asks the Spark that generated projects use, not some other version. */
class SparkVersionTest {

    @Test
    void theSparkOnTheTestClassPathIsTheOneGeneratedProjectsDependOn() {
        assertThat(org.apache.spark.package$.MODULE$.SPARK_VERSION())
                .isEqualTo(Catalog.standard().platform().get("sparkVersion"));
    }
}
