package mx.gob.sre.mae.gateway.application.support;

/** An officer (not a supervisor) tried to assign a request to someone else. */
public class AssignmentNotAllowedException extends RuntimeException {

  public AssignmentNotAllowedException(String officer, String assignee) {
    super(officer + " may assign only to themselves, not to " + assignee);
  }
}
