package mx.gob.sre.mae.gateway.domain.model.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a foreign authority notified about the person of a case, as an officer confirmed it: the type
 * (LOCATED_ALIVE, DETAINED, HOSPITALIZED, MIGRATION_ENCOUNTER, DECEASED, REMAINS_FOUND), when and
 * where, the authority and the facility. Part of every case version from the one that recorded it.
 */
public record AuthorityNotice(String reference, String type, LocalDate eventDate, String place, String country,
    String authorityName, String authorityCountry, String authorityKind, String facilityName, String facilityContact,
    String narrative, String confirmedBy, Instant confirmedAt) {}
