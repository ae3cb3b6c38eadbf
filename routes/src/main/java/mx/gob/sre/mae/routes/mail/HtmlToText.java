package mx.gob.sre.mae.routes.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders email HTML as safe plain text with jsoup: no script, style or other active content, nothing fetched,
 * links written out as text, line breaks kept; reply quotes (Gmail, Apple Mail, Yahoo, Thunderbird, Outlook) are
 * rendered apart.
 */
final class HtmlToText {

  /** The new text and the quoted blocks. */
  record Rendered(String text, List<String> quoted) {}

  private static final String REMOVED = "script, style, head, title, noscript, template, iframe, frame, frameset,"
      + " object, embed, applet, svg, math, canvas, audio, video, source, track, link, meta, base, input, select,"
      + " textarea, button";
  private static final String QUOTES = ".gmail_quote, .gmail_extra .gmail_quote, .yahoo_quoted, blockquote[type=cite],"
      + " .moz-cite-prefix, #divRplyFwdMsg, #appendonsend, .OutlookMessageHeader, #mail-editor-reference-message-container";
  private static final Set<String> TO_THE_END = Set.of("divrplyfwdmsg", "appendonsend");
  private static final Set<String> BLANK_LINE_BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr", "address");
  private static final Set<String> LINE_BLOCKS = Set.of(
      "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "center",
      "form", "fieldset", "figure", "figcaption", "caption", "details", "summary", "tbody", "thead", "tfoot");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private HtmlToText() {}

  static Rendered render(String html) {
    Document doc = Jsoup.parse(html == null ? "" : html);
    doc.select(REMOVED).remove();
    List<String> quoted = new ArrayList<>();
    for (Element quote : topMost(doc.body().select(QUOTES))) {
      if (quote.parent() == null) {
        continue;
      }
      List<Node> nodes = quotedNodes(quote);
      StringBuilder text = new StringBuilder();
      for (Node node : nodes) {
        text.append(toText(node)).append('\n');
      }
      String block = PlainText.normalize(text.toString());
      if (!block.isEmpty()) {
        quoted.add(block);
      }
      nodes.forEach(Node::remove);
    }
    return new Rendered(PlainText.normalize(toText(doc.body())), quoted);
  }

  private static List<Element> topMost(Elements found) {
    List<Element> top = new ArrayList<>();
    for (Element e : found) {
      boolean nested = false;
      for (Element parent : e.parents()) {
        if (found.contains(parent)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        top.add(e);
      }
    }
    return top;
  }

  private static List<Node> quotedNodes(Element quote) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(quote);
    boolean toTheEnd = TO_THE_END.contains(quote.id().toLowerCase(Locale.ROOT));
    if (quote.hasClass("moz-cite-prefix")) {
      Element next = quote.nextElementSibling();
      if (next != null && next.normalName().equals("blockquote")) {
        nodes.add(next);
      }
    }
    if (toTheEnd) {
      Node node = quote;
      while (node != null && !(node instanceof Element e && e.normalName().equals("body"))) {
        for (Node sibling = node.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
          nodes.add(sibling);
        }
        node = node.parent();
      }
    }
    return nodes;
  }

  private static String toText(Node root) {
    Renderer renderer = new Renderer();
    NodeTraversor.traverse(renderer, root);
    return renderer.out.toString();
  }

  /** Walks the tree once, writing text with the line breaks that the blocks imply. */
  private static final class Renderer implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int pendingNewlines;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(preDepth > 0 ? text.getWholeText() : collapse(text.getWholeText()));
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("br")) {
          if (pendingNewlines > 0 && !out.isEmpty()) {
            out.append("\n".repeat(pendingNewlines));
          }
          out.append('\n');
          pendingNewlines = 0;
        } else if (name.equals("img")) {
          String alt = e.attr("alt").strip();
          if (!alt.isEmpty()) {
            append("[" + alt + "]");
          }
        } else if (name.equals("li")) {
          newlines(1);
          append("- ");
        } else if ((name.equals("td") || name.equals("th")) && e.elementSiblingIndex() > 0) {
          append("\t");
        } else if (name.equals("pre")) {
          preDepth++;
          newlines(2);
        } else if (BLANK_LINE_BLOCKS.contains(name)) {
          newlines(e.hasClass("MsoNormal") ? 1 : 2);
        } else if (LINE_BLOCKS.contains(name)) {
          newlines(1);
        }
        if (name.equals("hr")) {
          append("----");
          newlines(2);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("a")) {
          appendLink(e);
        } else if (name.equals("pre")) {
          preDepth--;
          newlines(2);
        } else if (BLANK_LINE_BLOCKS.contains(name)) {
          newlines(e.hasClass("MsoNormal") ? 1 : 2);
        } else if (LINE_BLOCKS.contains(name)) {
          newlines(1);
        }
      }
    }

    private void appendLink(Element a) {
      String href = a.attr("href").strip();
      String label = a.text().strip();
      int colon = href.indexOf(':');
      if (label.isEmpty() || colon <= 0 || !LINK_SCHEMES.contains(href.substring(0, colon).toLowerCase(Locale.ROOT))) {
        return;
      }
      String shown = href.replaceFirst("(?i)^(mailto|tel):", "");
      String bare = shown.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
      if (!label.equalsIgnoreCase(shown) && !label.equalsIgnoreCase(bare) && !label.equalsIgnoreCase(href)) {
        append(" (" + shown + ")");
      }
    }

    private void append(String text) {
      if (text.isEmpty()) {
        return;
      }
      boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n' || pendingNewlines > 0;
      String t = lineStart && preDepth == 0 ? text.stripLeading() : text;
      if (t.isEmpty()) {
        return;
      }
      if (pendingNewlines > 0 && !out.isEmpty()) {
        out.append("\n".repeat(pendingNewlines));
      }
      pendingNewlines = 0;
      out.append(t);
    }

    private void newlines(int wanted) {
      int trailing = 0;
      for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
        trailing++;
      }
      pendingNewlines = Math.max(pendingNewlines, wanted - trailing);
    }

    private static String collapse(String text) {
      return text.replaceAll("[\\s\\u00A0]+", " ");
    }
  }
}
