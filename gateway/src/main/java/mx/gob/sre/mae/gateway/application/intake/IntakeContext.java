package mx.gob.sre.mae.gateway.application.intake;

import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.i18n.Language;

/**
 * Who hands a report in and how: the channel, the consulate it is received at (null = chosen from
 * the report or the central desk), the recording user ("public" for families) and the UI language.
 * A preliminary intake (an email) may lack the missing person's name: an officer completes it.
 * When an officer has already decided that no existing case is this person ({@code officerSaysNewPerson}),
 * a sure match at intake is queued for review instead of linking the report into that case.
 */
public record IntakeContext(Channel channel, String consulateCode, String recordedBy, Language uiLanguage, boolean preliminary,
    boolean officerSaysNewPerson) {

  public static final String PUBLIC_USER = "public";

  public IntakeContext(Channel channel, String consulateCode, String recordedBy, Language uiLanguage, boolean preliminary) {
    this(channel, consulateCode, recordedBy, uiLanguage, preliminary, false);
  }

  public IntakeContext(Channel channel, String consulateCode, String recordedBy, Language uiLanguage) {
    this(channel, consulateCode, recordedBy, uiLanguage, false);
  }
}
