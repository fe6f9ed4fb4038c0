package org.zhengce.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.zhengce.extract.Extraction;

/**
 * Principles of a plan as a PDF converter gives them (lines wrapped, page numbers), lines 259–339
 * of ../shared/corpus/env_carbon_plans_pdf/442、三亚市“十四五”生态环境保护规划.txt: a bare time
 * (“十四五”期间…) before any item once made the commitment stage fail on a null item.
 */
class PlanExcerptTest {

  @Test
  void aBareTimeBeforeAnyItemOpensNone() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    byte[] bytes;
    try (InputStream in = PlanExcerptTest.class.getResourceAsStream("/regression/sanya-plan-principles.txt")) {
      bytes = in.readAllBytes();
    }
    Extraction x = pipeline.process(pipeline.read("sanya.txt", bytes)).extraction();
    assertTrue(x.targets().stream().anyMatch(t -> t.text().contains("PM2.5") && t.text().contains("11")),
        x.targets().toString());
    assertTrue(!x.commitments().isEmpty());
  }
}
