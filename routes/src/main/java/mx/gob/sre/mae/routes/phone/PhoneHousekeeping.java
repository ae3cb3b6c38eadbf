package mx.gob.sre.mae.routes.phone;

/** Port: the phone channel's periodic work, done by the gateway in its own transactions. */
public interface PhoneHousekeeping {

  /** Fetches and attaches call recordings not stored yet; returns how many were stored. */
  int storeRecordings();

  /** Sends idle SMS/WhatsApp conversations as preliminary cases; returns how many cases were made. */
  int timeOutConversations();
}
