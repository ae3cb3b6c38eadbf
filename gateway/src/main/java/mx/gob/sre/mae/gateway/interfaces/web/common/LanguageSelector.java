package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.sre.mae.i18n.Language;

/**
 * The language of a page: {@code ?lang=} (remembered for the session), else the one chosen
 * earlier, else Accept-Language, else Spanish.
 */
@Named("lang")
@RequestScoped
public class LanguageSelector {

  static final String SESSION_KEY = "mae.language";

  @Inject HttpServletRequest request;

  private Language language;

  public Language getLanguage() {
    if (language == null) {
      Optional<Language> chosen = Language.fromTag(request.getParameter("lang"));
      if (chosen.isPresent()) {
        request.getSession(true).setAttribute(SESSION_KEY, chosen.get().tag());
        language = chosen.get();
      } else {
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(SESSION_KEY);
        language = Language.resolve(remembered == null ? null : remembered.toString(), request.getHeader("Accept-Language"));
      }
    }
    return language;
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  public String getTag() {
    return getLanguage().tag();
  }

  public List<Language> getAll() {
    return Arrays.asList(Language.values());
  }
}
