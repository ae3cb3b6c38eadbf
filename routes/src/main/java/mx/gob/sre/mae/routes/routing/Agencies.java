package mx.gob.sre.mae.routes.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.gob.sre.mae.i18n.CodeList;

/** The closed list of agency codes a case can be routed to, with each one's account and format. */
public final class Agencies {

  public static final String CNB = "CNB";
  public static final String FGR_UIDPM = "FGR:UIDPM";
  public static final String FGR_FEIDDF = "FGR:FEIDDF";
  /** The forensic services (paras 71–92): deaths and human remains notified by foreign authorities. */
  public static final String FGR_FORENSIC = "FGR:FORENSIC";
  /** Reserved for the National Institute of Migration (para 184); valid, but no rule routes to it yet. */
  public static final String INM = "INM";

  /** Agency kinds in delivery order: search first, then the prosecutors, then the rest. */
  private static final List<String> KINDS = List.of("CNB", "CLB", "FGR", "FGE", "INM");

  private static final List<String> ALL = routable();
  private static final Set<String> VALID = valid();

  private Agencies() {}

  /** Whether {@code code} names a known agency, routable today or reserved. */
  public static boolean isValid(String code) {
    return code != null && VALID.contains(code);
  }

  /** Every agency the routing can address today: CNB, 32 CLB, FGR:UIDPM, FGR:FEIDDF, FGR:FORENSIC, 32 FGE. */
  public static List<String> all() {
    return ALL;
  }

  /** The agency's account name: the code lower-cased, ':' replaced by '.' ({@code clb.mx-chp}). */
  public static String username(String code) {
    return requireValid(code).toLowerCase(Locale.ROOT).replace(':', '.');
  }

  /** The kind of document the agency receives. */
  public static RecipientFormat format(String code) {
    return switch (kind(requireValid(code))) {
      case "CNB", "CLB" -> RecipientFormat.REGISTER_SUBMISSION;
      case "FGR", "FGE" -> RecipientFormat.COMPLAINT;
      case "INM" -> RecipientFormat.NOTICE;
      default -> throw new IllegalStateException("No format for agency " + code);
    };
  }

  /** Position of the agency's kind in delivery order (CNB, CLB, FGR, FGE, INM). */
  static int deliveryRank(String code) {
    return KINDS.indexOf(kind(requireValid(code)));
  }

  private static String kind(String code) {
    int colon = code.indexOf(':');
    return colon < 0 ? code : code.substring(0, colon);
  }

  private static String requireValid(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("Unknown agency code: " + code);
    }
    return code;
  }

  private static List<String> routable() {
    List<String> codes = new ArrayList<>();
    codes.add(CNB);
    CodeList.MX_STATE.codes().forEach(state -> codes.add("CLB:" + state));
    codes.add(FGR_UIDPM);
    codes.add(FGR_FEIDDF);
    codes.add(FGR_FORENSIC);
    CodeList.MX_STATE.codes().forEach(state -> codes.add("FGE:" + state));
    return List.copyOf(codes);
  }

  private static Set<String> valid() {
    Set<String> codes = new HashSet<>(ALL);
    codes.add(INM);
    return Set.copyOf(codes);
  }
}
