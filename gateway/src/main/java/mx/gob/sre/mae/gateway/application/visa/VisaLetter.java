package mx.gob.sre.mae.gateway.application.visa;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import mx.gob.sre.mae.i18n.Language;

/** What the decision letter prints: the decision, its reasons, and the zero fee with its legal basis. */
public record VisaLetter(
    String reference,
    String consulateName,
    String applicantName,
    String nationality,
    String travelDocument,
    String relatedFolio,
    String invitation,
    String travelDates,
    String decision,
    String reasons,
    ZonedDateTime decidedAt,
    BigDecimal fee,
    String feeCurrency,
    String feeWaiverBasis,
    Language applicantLanguage) {}
