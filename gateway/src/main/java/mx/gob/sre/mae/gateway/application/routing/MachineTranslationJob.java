package mx.gob.sre.mae.gateway.application.routing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;

/**
 * After a non-Spanish report is committed (and already forwarded), asks the configured machine
 * translator for Spanish versions of its free text and records them as a new version, which is
 * routed as an update. If the service fails, the texts stay "translation pending" for an officer.
 */
@ApplicationScoped
public class MachineTranslationJob {

  private static final Logger LOG = Logger.getLogger(MachineTranslationJob.class.getName());

  @Inject MachineTranslator translator;
  @Inject TranslationService translations;

  @Resource ManagedExecutorService executor;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseVersionRecorded recorded) {
    if (recorded.version() != 1 || !translator.enabled() || recorded.originalLanguage().startsWith("es")) {
      return;
    }
    Map<String, String> texts = TranslationService.freeTexts(recorded.content());
    if (texts.isEmpty()) {
      return;
    }
    executor.execute(() -> translate(recorded.folio().value(), recorded.originalLanguage(), texts));
  }

  void translate(String folio, String language, Map<String, String> texts) {
    try {
      Map<String, String> spanish = new LinkedHashMap<>();
      texts.forEach((field, text) -> translator.toSpanish(text, language).ifPresent(t -> spanish.put(field, t)));
      if (!spanish.isEmpty()) {
        int version = translations.translateByMachine(folio, spanish, translator.name());
        LOG.info(() -> folio + ": machine translation of " + spanish.keySet() + " recorded as version " + version);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, folio + ": machine translation failed; the texts stay 'translation pending'", e);
    }
  }
}
