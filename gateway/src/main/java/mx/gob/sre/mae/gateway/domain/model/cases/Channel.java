package mx.gob.sre.mae.gateway.domain.model.cases;

/** How a report reached the gateway (domain.md, para 56); codes of the CHANNEL code list. */
public enum Channel {
  WEB,
  API,
  WALK_IN,
  EMAIL,
  PHONE,
  SMS,
  WHATSAPP,
  FOREIGN_AUTHORITY
}
