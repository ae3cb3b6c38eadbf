package mx.gob.sre.mae.gateway.domain.model.authority;

import java.time.LocalDate;

/** What happened, as the authority tells it: when and where, the facility (hospital, detention centre, morgue) and its contact, and its account. */
public record NotificationFacts(LocalDate eventDate, String place, String country, String facilityName, String facilityContact,
    String narrative) {}
