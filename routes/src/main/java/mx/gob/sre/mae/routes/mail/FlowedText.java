package mx.gob.sre.mae.routes.mail;

/** Rejoins RFC 3676 format=flowed lines (Apple Mail, Thunderbird) into paragraphs, keeping quote depth. */
final class FlowedText {

  private FlowedText() {}

  static String unflow(String text, boolean delSp) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = null;
    int paragraphDepth = 0;
    for (String line : lines) {
      int depth = 0;
      while (depth < line.length() && line.charAt(depth) == '>') {
        depth++;
      }
      String content = line.substring(depth);
      if (content.startsWith(" ")) {
        content = content.substring(1);
      }
      if (paragraph != null && depth != paragraphDepth) {
        out.append(prefix(paragraphDepth)).append(paragraph).append('\n');
        paragraph = null;
      }
      boolean flowed = content.endsWith(" ") && !content.equals("-- ");
      if (flowed && delSp) {
        content = content.substring(0, content.length() - 1);
      }
      if (paragraph == null) {
        paragraph = new StringBuilder();
        paragraphDepth = depth;
      }
      paragraph.append(content);
      if (!flowed) {
        out.append(prefix(depth)).append(paragraph).append('\n');
        paragraph = null;
      }
    }
    if (paragraph != null) {
      out.append(prefix(paragraphDepth)).append(paragraph).append('\n');
    }
    return out.toString();
  }

  private static String prefix(int depth) {
    return depth == 0 ? "" : ">".repeat(depth) + " ";
  }
}
