package ${project.package};

## Each pattern kind adds its own tests of the transformation from its folder
## (kinds/pattern/<kind>/parts/transformation-test/<slot>.vm).
import static ${project.package}.${pipeline.className}TestData.bundledLines;
import static ${project.package}.${pipeline.className}TestData.result;
import static ${project.package}.${pipeline.className}TestData.rows;
import static org.assertj.core.api.Assertions.assertThat;
#part("transformation-test/static-imports")

#imports("transformation-test", ["org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "org.junit.jupiter.api.Test"])

class ${pipeline.className}TransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }
#part("transformation-test/tests")
}
