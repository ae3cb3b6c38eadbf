package mx.gob.sre.mae.gateway.application.authority;

/** Text as the authority or officer sent it: stripped, and null when blank. */
final class CleanText {

  private CleanText() {}

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
