package mx.gob.sre.mae.gateway.application.matching;

import java.util.List;

/**
 * How alike two reported persons are, with the reasons: an officer deciding whether two reports are
 * one person must see why the engine thinks so, field by field, not just a number.
 *
 * @param score         probability-like score in [0, 1]
 * @param weight        the summed evidence in bits (log2 of the likelihood ratio) the score comes from
 * @param fields        the explanation: one entry per compared field
 * @param dateAgrees    the dates of birth (or ages) agree, allowing a typo or a day/month swap
 * @param placeAgrees   the last-seen state or place agrees
 * @param curpConfirmed both carry the same valid CURP and names, date of birth and sex confirm it
 */
public record MatchResult(double score, double weight, List<FieldScore> fields, boolean dateAgrees, boolean placeAgrees,
    boolean curpConfirmed) {

  public MatchResult {
    fields = List.copyOf(fields);
  }

  /**
   * One compared field.
   *
   * @param field      field name: givenNames, firstSurname, secondSurname, sex, dateOfBirth, curp, …
   * @param similarity similarity in [0, 1], or NaN when a side has no value
   * @param weight     evidence the field adds (positive) or takes away (negative), in bits
   * @param note       what the comparison found, in words ("day and month swapped", "missing on one side")
   */
  public record FieldScore(String field, double similarity, double weight, String note) { }

  /** The entry for {@code field}, or null. */
  public FieldScore field(String field) {
    return fields.stream().filter(f -> f.field().equals(field)).findFirst().orElse(null);
  }
}
