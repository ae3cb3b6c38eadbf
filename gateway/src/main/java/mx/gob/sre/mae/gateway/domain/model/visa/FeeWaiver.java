package mx.gob.sre.mae.gateway.domain.model.visa;

import java.math.BigDecimal;

/**
 * The fee of a humanitarian visa for relatives of missing migrants: always zero (CED/C/MEX/VR/1,
 * Recommendations, para. 47, as Mexico's observations recall in para. 184), with the legal basis
 * for the waiver recorded on every request. The basis text is configurable (MAE_VISA_FEE_WAIVER_BASIS);
 * this is its default.
 */
public final class FeeWaiver {

  public static final BigDecimal AMOUNT = BigDecimal.ZERO.setScale(2);
  public static final String CURRENCY = "MXN";
  public static final String DEFAULT_BASIS =
      "Exención de derechos por razones humanitarias para familiares de personas migrantes desaparecidas en México:"
          + " recomendación del Comité contra la Desaparición Forzada (CED/C/MEX/VR/1, Recomendaciones, párr. 47),"
          + " recogida en las observaciones de México (párr. 184); disposiciones transitorias de los Lineamientos del"
          + " Mecanismo de Apoyo Exterior Mexicano de Búsqueda e Investigación (reforma a la Ley Federal de Derechos).";

  private FeeWaiver() {}
}
