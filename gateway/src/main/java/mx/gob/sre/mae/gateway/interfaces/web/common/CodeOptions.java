package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Countries;

/** Drop-down lists for pages: codes as values, labels in the page's language. */
@Named("options")
@RequestScoped
public class CodeOptions {

  /** One option of a drop-down list. */
  public record Option(String code, String label) {}

  @Inject LanguageSelector language;
  @Inject ConsulateRepository consulates;

  private List<Option> of(CodeList list) {
    Locale locale = language.getLocale();
    return list.codes().stream().map(c -> new Option(c, list.label(c, locale))).toList();
  }

  public List<Option> getSexes() {
    return of(CodeList.SEX);
  }

  public List<Option> getRelationships() {
    return of(CodeList.RELATIONSHIP);
  }

  public List<Option> getStates() {
    return of(CodeList.MX_STATE);
  }

  public List<Option> getBuilds() {
    return of(CodeList.BUILD);
  }

  public List<Option> getComplexions() {
    return of(CodeList.COMPLEXION);
  }

  public List<Option> getEyeColours() {
    return of(CodeList.EYE_COLOUR);
  }

  public List<Option> getHairColours() {
    return of(CodeList.HAIR_COLOUR);
  }

  public List<Option> getReporterModes() {
    return of(CodeList.REPORTER_MODE);
  }

  public List<Option> getCountries() {
    Locale locale = language.getLocale();
    return Countries.codesByName(locale).stream().map(c -> new Option(c, Countries.name(c, locale))).toList();
  }

  public List<Option> getConsulates() {
    return consulates.all().stream().map((Consulate c) -> new Option(c.code(), c.name())).toList();
  }

  public String label(String list, String code) {
    return code == null ? "" : CodeList.valueOf(list).label(code, language.getLocale());
  }

  public String country(String code) {
    return code == null ? "" : Countries.name(code, language.getLocale());
  }
}
