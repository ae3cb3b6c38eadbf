package mx.gob.sre.mae.gateway.application.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Match quality on synthetic labelled pairs (a benchmark, not a test: run by
 * deploy/bench/matching-benchmark.sh). A population is indexed in memory; every second report
 * (a corruption of an indexed person) and every hard negative is matched against it. Per type and
 * overall it prints blocking recall, recall at the review and auto-link thresholds, false positives
 * and precision, and mean candidates per query, then checks the targets of issue 8. Exit status 0
 * when every target is met, 1 otherwise.
 *
 * <p>Arguments: population (50000), pairs per type (400), seed (8).
 */
public final class MatchingQualityBenchmark {

  static final double TARGET_REVIEW_RECALL = 0.98;
  static final double TARGET_REVIEW_PRECISION = 0.5;
  static final double TARGET_AUTO_PRECISION = 0.99;
  static final double TARGET_AUTO_RECALL = 0.90;
  static final double TARGET_BLOCKING_RECALL = 0.99;

  /** Counts of one type (or of all). */
  static final class Tally {
    int queries;
    int positives;
    int blocked;
    int review;
    int auto;
    int falseReview;
    int falseAuto;
    long candidates;

    void add(Tally t) {
      queries += t.queries;
      positives += t.positives;
      blocked += t.blocked;
      review += t.review;
      auto += t.auto;
      falseReview += t.falseReview;
      falseAuto += t.falseAuto;
      candidates += t.candidates;
    }

    double blockingRecall() {
      return ratio(blocked, positives);
    }

    double reviewRecall() {
      return ratio(review, positives);
    }

    double autoRecall() {
      return ratio(auto, positives);
    }

    double reviewPrecision() {
      return ratio(review, review + falseReview);
    }

    double autoPrecision() {
      return ratio(auto, auto + falseAuto);
    }

    double meanCandidates() {
      return ratio(candidates, queries);
    }

    private static double ratio(double a, double b) {
      return b == 0 ? Double.NaN : a / b;
    }
  }

  /** One scored (probe, candidate) pair: its score, whether it is the true match, whether date or place agree. */
  record Scored(double score, boolean truth, boolean dateOrPlace) { }

  /** The result: per type, and positives and everything overall; every scored pair for threshold sweeps. */
  record Report(Map<String, Tally> byType, Tally overall, int population, long blockRows, List<Scored> scored) { }

  static Report run(int population, int perType, long seed, MatchScorer scorer, MatchPolicy policy) {
    SyntheticPersons gen = new SyntheticPersons(seed);
    List<PersonRecord> persons = gen.persons(population);
    InMemoryPersonIndex index = new InMemoryPersonIndex();
    index.addAll(persons);
    List<SyntheticPersons.LabelledPair> pairs = gen.pairs(persons, perType);
    PersonMatcher matcher = new PersonMatcher(index, scorer, policy, PersonMatcher.DEFAULT_CANDIDATE_LIMIT);
    Map<String, Tally> byType = new LinkedHashMap<>();
    Tally overall = new Tally();
    List<Scored> scored = new ArrayList<>();
    for (SyntheticPersons.LabelledPair pair : pairs) {
      Tally t = byType.computeIfAbsent(pair.type(), k -> new Tally());
      t.queries++;
      if (pair.match()) {
        t.positives++;
      }
      List<PersonMatcher.Candidate> ranked = matcher.rank(pair.probe());
      t.candidates += ranked.size();
      for (PersonMatcher.Candidate c : ranked) {
        boolean truth = pair.match() && c.person().id() == pair.indexed().id();
        if (truth) {
          t.blocked++;
        }
        scored.add(new Scored(c.result().score(), truth, c.result().dateAgrees() || c.result().placeAgrees()));
        switch (c.decision()) {
          case AUTO_LINK -> {
            if (truth) {
              t.auto++;
              t.review++;
            } else {
              t.falseAuto++;
              t.falseReview++;
            }
          }
          case REVIEW -> {
            if (truth) {
              t.review++;
            } else {
              t.falseReview++;
            }
          }
          default -> { }
        }
      }
    }
    byType.values().forEach(overall::add);
    return new Report(byType, overall, population, index.blockRows(), scored);
  }

  public static void main(String[] args) {
    int population = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int perType = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 8;
    MatchPolicy policy = MatchPolicy.DEFAULTS;
    long start = System.nanoTime();
    Report report = run(population, perType, seed, new MatchScorer(), policy);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "[quality] population %,d persons (%,d block rows), %d pairs per type, seed %d, thresholds review %.2f auto-link %.2f, %.1f s%n",
        population, report.blockRows(), perType, seed, policy.reviewThreshold(), policy.autoLinkThreshold(), seconds);
    System.out.printf(Locale.ROOT, "%-24s %6s %9s %9s %9s %9s %9s %9s %9s %9s%n", "type", "pairs", "blocking", "rec@rev", "prec@rev",
        "rec@auto", "prec@auto", "FP rev", "FP auto", "cand/q");
    Tally positives = new Tally();
    for (Map.Entry<String, Tally> e : report.byType().entrySet()) {
      Tally t = e.getValue();
      if (t.positives > 0) {
        positives.add(t);
      }
      print(e.getKey(), t);
    }
    print("ALL (second reports)", positives);
    print("ALL (with negatives)", report.overall());
    Tally all = report.overall();
    sweep(report, positives.positives);
    List<String> misses = new ArrayList<>();
    check(misses, "blocking recall", positives.blockingRecall(), TARGET_BLOCKING_RECALL);
    check(misses, "recall at review", positives.reviewRecall(), TARGET_REVIEW_RECALL);
    check(misses, "precision at review", all.reviewPrecision(), TARGET_REVIEW_PRECISION);
    check(misses, "recall at auto-link", positives.autoRecall(), TARGET_AUTO_RECALL);
    check(misses, "precision at auto-link", all.autoPrecision(), TARGET_AUTO_PRECISION);
    System.out.println(misses.isEmpty() ? "[quality] all targets met" : "[quality] targets missed: " + String.join("; ", misses));
    System.exit(misses.isEmpty() ? 0 : 1);
  }

  /** Recall and precision at other thresholds, to tune the policy (auto-link also needs date or place agreement). */
  private static void sweep(Report report, int positives) {
    System.out.println("[quality] threshold sweep: threshold, recall/precision as review threshold, recall/precision as auto-link threshold");
    for (double th : new double[] {0.40, 0.50, 0.60, 0.70, 0.75, 0.80, 0.85, 0.90, 0.92, 0.95, 0.98}) {
      int tp = 0;
      int fp = 0;
      int tpAuto = 0;
      int fpAuto = 0;
      for (Scored s : report.scored()) {
        if (s.score() >= th) {
          if (s.truth()) {
            tp++;
          } else {
            fp++;
          }
          if (s.dateOrPlace()) {
            if (s.truth()) {
              tpAuto++;
            } else {
              fpAuto++;
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "[quality]   %.2f  review %.4f / %.4f   auto-link %.4f / %.4f%n", th, (double) tp / positives,
          (double) tp / Math.max(1, tp + fp), (double) tpAuto / positives, (double) tpAuto / Math.max(1, tpAuto + fpAuto));
    }
  }

  private static void check(List<String> misses, String what, double value, double target) {
    System.out.printf(Locale.ROOT, "[quality] %-24s %.4f (target >= %.2f) %s%n", what, value, target, value >= target ? "OK" : "MISSED");
    if (!(value >= target)) {
      misses.add(what);
    }
  }

  private static void print(String type, Tally t) {
    System.out.printf(Locale.ROOT, "%-24s %6d %9s %9s %9s %9s %9s %9d %9d %9.1f%n", type, t.queries, f(t.blockingRecall()), f(t.reviewRecall()),
        f(t.reviewPrecision()), f(t.autoRecall()), f(t.autoPrecision()), t.falseReview, t.falseAuto, t.meanCandidates());
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }
}
