package mx.gob.sre.mae.gateway.domain.model.delivery;

/** Where one message to one recipient stands; acknowledgement is recorded beside DELIVERED. */
public enum DeliveryStatus {
  PENDING,
  IN_FLIGHT,
  DELIVERED,
  PARKED
}
