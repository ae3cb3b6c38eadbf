package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Access codes of the cases this officer registered in this session, so the receipt can print the
 * code right after intake. Codes are never stored anywhere else in clear.
 */
@SessionScoped
public class ConsoleSession implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEEP = 20;

  private final Map<String, String> freshCodes =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEEP;
        }
      };

  public synchronized void remember(String folio, String accessCode) {
    freshCodes.put(folio, accessCode);
  }

  public synchronized String codeOf(String folio) {
    return freshCodes.get(folio);
  }
}
