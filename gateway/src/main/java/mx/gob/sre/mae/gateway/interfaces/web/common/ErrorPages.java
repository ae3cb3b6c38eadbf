package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * Refusals written outside JAX-RS and Faces (by filters, the Faces exception handler and the
 * container's error dispatch): problem+json for the API, a short self-contained page for pages,
 * always in the caller's language and never with a stack trace. The page has no inline script or
 * style, so the Content-Security-Policy holds.
 */
public final class ErrorPages {

  private ErrorPages() {}

  /** The message key that explains an HTTP status to a caller. */
  public static String detailKey(int status) {
    return switch (status) {
      case 400 -> "error.malformed";
      case 401 -> "error.unauthorized";
      case 403 -> "error.forbidden";
      case 404 -> "error.notFound";
      case 405 -> "error.notAllowed";
      case 409 -> "error.conflict";
      case 413 -> "error.tooLarge";
      case 415 -> "error.unsupportedType";
      case 429 -> "error.tooManyRequests";
      default -> "error.validation";
    };
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** Problem+json for the API, a page otherwise; the detail is {@code detailKey} formatted with {@code args}. */
  public static void send(HttpServletRequest request, HttpServletResponse response, int status, String kind, String detailKey, Object... args)
      throws IOException {
    boolean api = isApi(request);
    Language language = language(request, !api);
    String title = Messages.text(language, "error.title");
    String detail = Messages.text(language, detailKey, args);
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (api) {
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getWriter().write(Json.createObjectBuilder()
          .add("type", "https://mae.sre.gob.mx/problems/" + kind)
          .add("title", title)
          .add("status", status)
          .add("detail", detail)
          .add("language", language.tag())
          .build()
          .toString());
    } else {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(page(request.getContextPath(), language, title, detail));
    }
  }

  /** ?lang= from the query string (never the body: it is not ours to read), a page's remembered language, Accept-Language. */
  static Language language(HttpServletRequest request, boolean page) {
    String explicit = null;
    String query = request.getQueryString();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("lang=")) {
          explicit = pair.substring(5);
        }
      }
    }
    if (explicit == null && page) {
      HttpSession session = request.getSession(false);
      Object remembered = session == null ? null : session.getAttribute(LanguageSelector.SESSION_KEY);
      explicit = remembered == null ? null : remembered.toString();
    }
    return Language.resolve(explicit, request.getHeader("Accept-Language"));
  }

  static String page(String contextPath, Language language, String title, String detail) {
    return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + escape(title) + "</title>"
        + "<link rel=\"stylesheet\" href=\"" + escape(contextPath) + "/jakarta.faces.resource/css/mae.css.xhtml\"/></head>"
        + "<body><main><h1>" + escape(title) + "</h1><p id=\"errorMessage\" role=\"alert\">" + escape(detail) + "</p>"
        + "<p><a href=\"" + escape(contextPath) + "/\">" + escape(Messages.text(language, "app.short")) + "</a></p></main></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
