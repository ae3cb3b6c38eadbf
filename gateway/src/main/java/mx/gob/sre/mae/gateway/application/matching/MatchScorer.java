package mx.gob.sre.mae.gateway.application.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.HammingDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two reported persons field by field and sums the evidence, Fellegi–Sunter style: each
 * field adds log2(m/u) bits when it agrees and log2((1−m)/(1−u)) when it does not, graded by
 * similarity in between, so that the result is explainable to an officer. Names are compared with
 * Jaro–Winkler (Commons Text) after {@link NameNormalizer}, tolerating swapped surnames, a missing
 * second surname and a partial compound given name; dates tolerate a day/month swap, a typo and one
 * year; a CURP counts as near-certain only when name, date of birth and sex confirm it. The sum is
 * turned into a score in [0, 1] by a logistic curve. Weights are in {@link Weights}: set from m/u
 * estimates (e.g. u of an exact date of birth about 1/20,000, of a common surname about 1/50), then
 * the curve's offset and scale checked against the synthetic labelled pairs of the matching
 * benchmark (deploy/bench/matching-benchmark.sh prints a threshold sweep).
 */
public final class MatchScorer {

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  private static final HammingDistance HAMMING = new HammingDistance();

  /**
   * The evidence of each field outcome, in bits, and the logistic curve: score = 1 / (1 + 2^(−(w − offset) / scale)).
   */
  public record Weights(
      double givenAgree, double givenDisagree,
      double firstSurnameAgree, double secondSurnameAgree, double surnameDisagree, double surnamesSwapped,
      double dateExact, double dateSwap, double dateTypo, double dateYearOff, double dateSameYear, double dateDisagree,
      double ageAgree, double ageNear, double ageDisagree,
      double sexAgree, double sexDisagree,
      double stateAgree, double stateDisagree, double placeAgree,
      double nationalityAgree, double nationalityDisagree,
      double curpConfirmed, double curpUnconfirmed, double curpTypo, double curpDiffer,
      double documentAgree, double documentDiffer,
      double lastSeenClose, double lastSeenNear, double lastSeenFar,
      double offset, double scale) {

    /** The defaults, in bits; offset 14 and scale 2.5 put 0.92 at about 20 bits of evidence. */
    public static final Weights DEFAULTS = new Weights(
        6.0, -6.0,
        6.5, 5.5, -5.5, -0.5,
        13.0, 9.0, 7.0, 6.0, -2.0, -8.0,
        3.0, 0.5, -5.0,
        1.0, -6.0,
        2.5, -1.5, 2.0,
        0.3, -3.0,
        14.0, 1.0, -0.5, -8.0,
        10.0, -4.0,
        1.5, 0.5, -1.0,
        14.0, 2.5);
  }

  private final Weights w;

  public MatchScorer() {
    this(Weights.DEFAULTS);
  }

  public MatchScorer(Weights weights) {
    this.w = weights;
  }

  /** How alike {@code a} and {@code b} are, with the explanation. Symmetric. */
  public MatchResult score(PersonRecord a, PersonRecord b) {
    List<MatchResult.FieldScore> fields = new ArrayList<>();
    NameNormalizer.Names na = NameNormalizer.normalize(a);
    NameNormalizer.Names nb = NameNormalizer.normalize(b);
    Optional<Curp> ca = Curp.parse(a.curp());
    Optional<Curp> cb = Curp.parse(b.curp());

    double givenSim = compareGiven(na, nb, fields);
    double firstSim = compareSurnames(na, nb, fields);

    LocalDate da = a.dateOfBirth() != null ? a.dateOfBirth() : ca.map(Curp::birthDate).orElse(null);
    LocalDate db = b.dateOfBirth() != null ? b.dateOfBirth() : cb.map(Curp::birthDate).orElse(null);
    boolean dateAgrees = compareDates(a, b, da, db, fields);

    String sa = a.sex() != null ? a.sex() : ca.map(Curp::sexCode).orElse(null);
    String sb = b.sex() != null ? b.sex() : cb.map(Curp::sexCode).orElse(null);
    boolean sexAgrees = compareSex(sa, sb, fields);

    boolean curpConfirmed = compareCurp(a, b, ca, cb, givenSim, firstSim, da, db, sa, sb, sexAgrees, fields);
    boolean placeAgrees = comparePlace(a, b, fields);
    compareNationality(a, b, fields);
    compareDocuments(a, b, fields);
    compareLastSeen(a, b, fields);

    double total = fields.stream().mapToDouble(MatchResult.FieldScore::weight).sum();
    double score = 1.0 / (1.0 + Math.pow(2, -(total - w.offset()) / w.scale()));
    return new MatchResult(score, total, fields, dateAgrees || curpConfirmed, placeAgrees, curpConfirmed);
  }

  // ------------------------------------------------------------------ names

  private double compareGiven(NameNormalizer.Names na, NameNormalizer.Names nb, List<MatchResult.FieldScore> out) {
    if (na.givenVariants().isEmpty() || nb.givenVariants().isEmpty()) {
      out.add(new MatchResult.FieldScore("givenNames", Double.NaN, 0, "missing on one side"));
      return Double.NaN;
    }
    double best = -1;
    String note = "";
    for (List<String> x : na.givenVariants()) {
      for (List<String> y : nb.givenVariants()) {
        double s = tokensSimilarity(x, y);
        if (s > best) {
          best = s;
          note = x.size() == y.size() ? "" : "one side has only part of a compound given name";
        }
      }
    }
    boolean viaNickname = !na.given().equals(NameNormalizer.fold(String.join(" ", na.givenVariants().get(0))))
        || na.givenVariants().size() > 1 || nb.givenVariants().size() > 1;
    if (note.isEmpty()) {
      note = best >= 1 ? "same" : best >= 0.9 ? "similar spelling" : "different";
    }
    if (viaNickname && best >= 0.9) {
      note += " (nicknames read as names)";
    }
    out.add(new MatchResult.FieldScore("givenNames", best, graded(best, w.givenAgree(), w.givenDisagree()), note));
    return best;
  }

  /** Similarity of two token lists: in order (or the two tokens swapped); a shorter list contained in the longer counts as partial. */
  static double tokensSimilarity(List<String> x, List<String> y) {
    if (x.size() == y.size()) {
      double inOrder = 0;
      for (int i = 0; i < x.size(); i++) {
        inOrder += nameSimilarity(x.get(i), y.get(i));
      }
      inOrder /= x.size();
      if (x.size() == 2) {
        double swapped = (nameSimilarity(x.get(0), y.get(1)) + nameSimilarity(x.get(1), y.get(0))) / 2;
        return Math.max(inOrder, swapped * 0.98);
      }
      return inOrder;
    }
    List<String> shorter = x.size() < y.size() ? x : y;
    List<String> longer = x.size() < y.size() ? y : x;
    double sum = 0;
    for (String t : shorter) {
      double best = 0;
      for (String u : longer) {
        best = Math.max(best, nameSimilarity(t, u));
      }
      sum += best;
    }
    return 0.95 * sum / shorter.size();
  }

  /** Jaro–Winkler of two normalized names, raised to 0.97 when they sound alike in Spanish. */
  static double nameSimilarity(String x, String y) {
    if (x.equals(y)) {
      return 1;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double s = JW.apply(x, y);
    if (s < 0.97 && SpanishPhonetic.encode(x).equals(SpanishPhonetic.encode(y))) {
      s = 0.97;
    }
    return s;
  }

  /** Returns the similarity of the first surnames as aligned (NaN when missing). */
  private double compareSurnames(NameNormalizer.Names na, NameNormalizer.Names nb, List<MatchResult.FieldScore> out) {
    String a1 = na.firstSurname();
    String a2 = na.secondSurname();
    String b1 = nb.firstSurname();
    String b2 = nb.secondSurname();
    if (a1.isEmpty() || b1.isEmpty()) {
      out.add(new MatchResult.FieldScore("firstSurname", Double.NaN, 0, "missing on one side"));
      return Double.NaN;
    }
    if (!a2.isEmpty() && !b2.isEmpty()) {
      double s11 = nameSimilarity(a1, b1);
      double s22 = nameSimilarity(a2, b2);
      double s12 = nameSimilarity(a1, b2);
      double s21 = nameSimilarity(a2, b1);
      double straight = graded(s11, w.firstSurnameAgree(), w.surnameDisagree()) + graded(s22, w.secondSurnameAgree(), w.surnameDisagree());
      // swapped, each surname weighs the mean of the two positions, so that the score stays symmetric
      double w12 = (graded(s12, w.firstSurnameAgree(), w.surnameDisagree()) + graded(s12, w.secondSurnameAgree(), w.surnameDisagree())) / 2;
      double w21 = (graded(s21, w.firstSurnameAgree(), w.surnameDisagree()) + graded(s21, w.secondSurnameAgree(), w.surnameDisagree())) / 2;
      if (w12 + w21 + w.surnamesSwapped() > straight) {
        out.add(new MatchResult.FieldScore("firstSurname", s12, w12 + w.surnamesSwapped(), "surnames swapped; " + words(s12)));
        out.add(new MatchResult.FieldScore("secondSurname", s21, w21, "surnames swapped; " + words(s21)));
        return s12;
      }
      out.add(new MatchResult.FieldScore("firstSurname", s11, graded(s11, w.firstSurnameAgree(), w.surnameDisagree()), words(s11)));
      out.add(new MatchResult.FieldScore("secondSurname", s22, graded(s22, w.secondSurnameAgree(), w.surnameDisagree()), words(s22)));
      return s11;
    }
    // one side (or both) has a single surname: compare it with whichever surname of the other side fits
    double s11 = nameSimilarity(a1, b1);
    double cross = Math.max(b2.isEmpty() ? 0 : nameSimilarity(a1, b2), a2.isEmpty() ? 0 : nameSimilarity(a2, b1));
    if (cross > s11) {
      out.add(new MatchResult.FieldScore("firstSurname", cross,
          graded(cross, w.firstSurnameAgree(), w.surnameDisagree()) + w.surnamesSwapped(),
          "one side has one surname, matching the other's second; " + words(cross)));
    } else {
      out.add(new MatchResult.FieldScore("firstSurname", s11, graded(s11, w.firstSurnameAgree(), w.surnameDisagree()), words(s11)));
    }
    if (!a2.isEmpty() || !b2.isEmpty()) {
      out.add(new MatchResult.FieldScore("secondSurname", Double.NaN, 0, "missing on one side"));
    }
    return Math.max(s11, cross);
  }

  private static String words(double similarity) {
    return similarity >= 1 ? "same" : similarity >= 0.9 ? "similar spelling" : similarity >= 0.8 ? "somewhat alike" : "different";
  }

  /** Weight of a similarity: {@code agree} at 1, 0 at 0.85, {@code disagree} at 0.70 and below; linear in between, 80 % of agree at 0.94. */
  static double graded(double s, double agree, double disagree) {
    if (Double.isNaN(s)) {
      return 0;
    }
    if (s >= 0.94) {
      return agree * (0.8 + 0.2 * (s - 0.94) / 0.06);
    }
    if (s >= 0.85) {
      return agree * 0.8 * (s - 0.85) / 0.09;
    }
    if (s >= 0.70) {
      return disagree * (0.85 - s) / 0.15;
    }
    return disagree;
  }

  // ------------------------------------------------------------------ dates

  private boolean compareDates(PersonRecord a, PersonRecord b, LocalDate da, LocalDate db, List<MatchResult.FieldScore> out) {
    if (da != null && db != null) {
      return compareFullDates(da, db, out);
    }
    Integer ya = da != null ? Integer.valueOf(da.getYear()) : a.birthYear().isPresent() ? a.birthYear().getAsInt() : null;
    Integer yb = db != null ? Integer.valueOf(db.getYear()) : b.birthYear().isPresent() ? b.birthYear().getAsInt() : null;
    if (ya == null || yb == null) {
      out.add(new MatchResult.FieldScore("dateOfBirth", Double.NaN, 0, "missing on one side"));
      return false;
    }
    int diff = Math.abs(ya - yb);
    if (diff <= 1) {
      out.add(new MatchResult.FieldScore("age", 0.9, w.ageAgree(), "birth years from the age agree within a year"));
      return true;
    }
    if (diff == 2) {
      out.add(new MatchResult.FieldScore("age", 0.7, w.ageNear(), "birth years from the age two years apart"));
      return false;
    }
    out.add(new MatchResult.FieldScore("age", 0, w.ageDisagree(), "birth years from the age " + diff + " years apart"));
    return false;
  }

  private boolean compareFullDates(LocalDate da, LocalDate db, List<MatchResult.FieldScore> out) {
    if (da.equals(db)) {
      out.add(new MatchResult.FieldScore("dateOfBirth", 1, w.dateExact(), "same"));
      return true;
    }
    boolean sameYear = da.getYear() == db.getYear();
    if (sameYear && da.getDayOfMonth() == db.getMonthValue() && da.getMonthValue() == db.getDayOfMonth()) {
      out.add(new MatchResult.FieldScore("dateOfBirth", 0.9, w.dateSwap(), "day and month swapped"));
      return true;
    }
    String xa = da.toString().replace("-", "");
    String xb = db.toString().replace("-", "");
    int hamming = HAMMING.apply(xa, xb);
    if (hamming == 1 || adjacentTransposition(xa, xb)) {
      out.add(new MatchResult.FieldScore("dateOfBirth", 0.8, w.dateTypo(), "one digit differs (typo)"));
      return true;
    }
    if (Math.abs(da.getYear() - db.getYear()) == 1 && da.getDayOfYear() == db.getDayOfYear()) {
      out.add(new MatchResult.FieldScore("dateOfBirth", 0.75, w.dateYearOff(), "same day and month, one year apart"));
      return true;
    }
    if (sameYear) {
      out.add(new MatchResult.FieldScore("dateOfBirth", 0.4, w.dateSameYear(), "same year only"));
      return false;
    }
    long years = Math.abs(ChronoUnit.YEARS.between(da, db));
    out.add(new MatchResult.FieldScore("dateOfBirth", 0, w.dateDisagree(), "different dates, " + years + " years apart"));
    return false;
  }

  private static boolean adjacentTransposition(String x, String y) {
    for (int i = 0; i + 1 < x.length(); i++) {
      if (x.charAt(i) != y.charAt(i)) {
        return x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i) && x.substring(i + 2).equals(y.substring(i + 2));
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ other fields

  private boolean compareSex(String sa, String sb, List<MatchResult.FieldScore> out) {
    if (!known(sa) || !known(sb)) {
      return true;
    }
    boolean same = sa.equals(sb);
    out.add(new MatchResult.FieldScore("sex", same ? 1 : 0, same ? w.sexAgree() : w.sexDisagree(), same ? "same" : "different"));
    return same;
  }

  private static boolean known(String sex) {
    return "M".equals(sex) || "F".equals(sex);
  }

  private boolean compareCurp(PersonRecord a, PersonRecord b, Optional<Curp> ca, Optional<Curp> cb, double givenSim, double firstSim,
      LocalDate da, LocalDate db, String sa, String sb, boolean sexAgrees, List<MatchResult.FieldScore> out) {
    String ra = clean(a.curp());
    String rb = clean(b.curp());
    if (ra == null || rb == null) {
      return false;
    }
    if (ca.isPresent() && cb.isPresent() && ca.get().equals(cb.get())) {
      Curp curp = ca.get();
      boolean names = givenSim >= 0.85 && firstSim >= 0.85;
      boolean dates = (a.dateOfBirth() == null || a.dateOfBirth().equals(curp.birthDate()))
          && (b.dateOfBirth() == null || b.dateOfBirth().equals(curp.birthDate()));
      boolean sex = sexAgrees && (sa == null || !known(sa) || sa.equals(curp.sexCode())) && (sb == null || !known(sb) || sb.equals(curp.sexCode()));
      if (names && dates && sex) {
        out.add(new MatchResult.FieldScore("curp", 1, w.curpConfirmed(), "same valid CURP, confirmed by name, date of birth and sex"));
        return true;
      }
      List<String> why = new ArrayList<>();
      if (!names) {
        why.add("name");
      }
      if (!dates) {
        why.add("date of birth");
      }
      if (!sex) {
        why.add("sex");
      }
      out.add(new MatchResult.FieldScore("curp", 1, w.curpUnconfirmed(), "same CURP but " + String.join(", ", why) + " disagree: not confirmed"));
      return false;
    }
    if (ra.equals(rb)) {
      out.add(new MatchResult.FieldScore("curp", 1, w.curpUnconfirmed(), "same CURP, but not a valid one"));
      return false;
    }
    int distance = ra.length() == rb.length() ? HAMMING.apply(ra, rb) : Integer.MAX_VALUE;
    if (distance <= 2) {
      out.add(new MatchResult.FieldScore("curp", 1 - distance / 18.0, w.curpTypo(), "CURPs differ in " + distance + " character(s): possible typo"));
    } else if (ca.isPresent() && cb.isPresent()) {
      out.add(new MatchResult.FieldScore("curp", 0, w.curpDiffer(), "different valid CURPs"));
    } else {
      out.add(new MatchResult.FieldScore("curp", 0, w.curpDiffer() / 2, "different CURPs (at least one not valid)"));
    }
    return false;
  }

  private boolean comparePlace(PersonRecord a, PersonRecord b, List<MatchResult.FieldScore> out) {
    boolean agrees = false;
    String stA = clean(a.lastSeenState());
    String stB = clean(b.lastSeenState());
    if (stA != null && stB != null) {
      boolean same = stA.equals(stB);
      out.add(new MatchResult.FieldScore("lastSeenState", same ? 1 : 0, same ? w.stateAgree() : w.stateDisagree(), same ? "same" : "different"));
      agrees = same;
    }
    String pa = NameNormalizer.fold(a.lastSeenPlace());
    String pb = NameNormalizer.fold(b.lastSeenPlace());
    if (!pa.isEmpty() && !pb.isEmpty()) {
      double s = pa.equals(pb) ? 1 : JW.apply(pa, pb);
      if (s >= 0.92) {
        out.add(new MatchResult.FieldScore("lastSeenPlace", s, w.placeAgree(), words(s)));
        agrees = true;
      } else {
        out.add(new MatchResult.FieldScore("lastSeenPlace", s, 0, "different"));
      }
    }
    return agrees;
  }

  private void compareNationality(PersonRecord a, PersonRecord b, List<MatchResult.FieldScore> out) {
    String x = clean(a.nationality());
    String y = clean(b.nationality());
    if (x != null && y != null) {
      boolean same = x.equals(y);
      out.add(new MatchResult.FieldScore("nationality", same ? 1 : 0, same ? w.nationalityAgree() : w.nationalityDisagree(),
          same ? "same" : "different"));
    }
  }

  private void compareDocuments(PersonRecord a, PersonRecord b, List<MatchResult.FieldScore> out) {
    String ta = clean(a.foreignDocumentType());
    String tb = clean(b.foreignDocumentType());
    String xa = alphanumeric(a.foreignDocumentNumber());
    String xb = alphanumeric(b.foreignDocumentNumber());
    if (ta == null || !ta.equals(tb) || xa.isEmpty() || xb.isEmpty()) {
      return;
    }
    if (xa.equals(xb)) {
      out.add(new MatchResult.FieldScore("foreignDocument", 1, w.documentAgree(), "same " + ta + " number"));
    } else if (xa.length() == xb.length() && HAMMING.apply(xa, xb) == 1) {
      out.add(new MatchResult.FieldScore("foreignDocument", 0.9, 0, "numbers differ in one character: possible typo"));
    } else {
      out.add(new MatchResult.FieldScore("foreignDocument", 0, w.documentDiffer(), "different " + ta + " numbers"));
    }
  }

  private void compareLastSeen(PersonRecord a, PersonRecord b, List<MatchResult.FieldScore> out) {
    if (a.lastSeenDate() == null || b.lastSeenDate() == null) {
      return;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.lastSeenDate(), b.lastSeenDate()));
    double weight = days <= 7 ? w.lastSeenClose() : days <= 45 ? w.lastSeenNear() : w.lastSeenFar();
    out.add(new MatchResult.FieldScore("lastSeenDate", days <= 7 ? 1 : days <= 45 ? 0.5 : 0, weight, days + " days apart"));
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  private static String alphanumeric(String text) {
    return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
  }
}
