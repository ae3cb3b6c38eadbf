package mx.gob.sre.mae.routes.mail;

/**
 * Port (implemented by the gateway): takes one raw email received by a consulate's mailbox and
 * turns it into a case, new information on a case, or a quarantined message — committed before it
 * returns, so the mailbox may mark the message as read only afterwards.
 */
public interface EmailIntakePort {

  EmailOutcome receive(String consulateCode, byte[] rawMessage);
}
