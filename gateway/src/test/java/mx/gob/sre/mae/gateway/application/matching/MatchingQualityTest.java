package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A small generated set matched end to end, with loose bounds so that it never flakes: it catches a
 * matcher that broke, not a figure that moved (the figures come from MatchingQualityBenchmark).
 */
class MatchingQualityTest {

  @Test
  void secondReportsAreFoundAndHardNegativesAreNotLinked() {
    MatchingQualityBenchmark.Report report = MatchingQualityBenchmark.run(3_000, 30, 42, new MatchScorer(), MatchPolicy.DEFAULTS);
    MatchingQualityBenchmark.Tally positives = new MatchingQualityBenchmark.Tally();
    report.byType().values().stream().filter(t -> t.positives > 0).forEach(positives::add);
    assertTrue(positives.blockingRecall() >= 0.9, "blocking recall " + positives.blockingRecall());
    assertTrue(positives.reviewRecall() >= 0.9, "recall at review " + positives.reviewRecall());
    assertTrue(positives.autoRecall() >= 0.75, "recall at auto-link " + positives.autoRecall());
    assertTrue(report.overall().autoPrecision() >= 0.95, "precision at auto-link " + report.overall().autoPrecision());
    assertTrue(report.overall().reviewPrecision() >= 0.5, "precision at review " + report.overall().reviewPrecision());
    assertTrue(report.byType().get("FATHER_SON").falseAuto <= 2, "father and son are not auto-linked");
  }
}
