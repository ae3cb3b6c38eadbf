package mx.gob.sre.mae.gateway.domain.model.notify;

/** Why a family is written to; one message per purpose per case keeps retries and replays from sending twice. */
public enum FamilyMessagePurpose {
  ACKNOWLEDGEMENT,
  STATUS_CHANGE,
  INFORMATION
}
