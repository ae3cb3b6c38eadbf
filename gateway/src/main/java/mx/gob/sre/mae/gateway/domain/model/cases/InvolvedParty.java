package mx.gob.sre.mae.gateway.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person named in a report as allegedly responsible or as a witness (art. 223). */
@Embeddable
public class InvolvedParty {

  public enum Role {
    PERPETRATOR,
    WITNESS
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private int position;

  private String name;

  @Column(length = 2000)
  private String details;

  protected InvolvedParty() {}

  InvolvedParty(Role role, int position, CaseContent.Party party) {
    this.role = role;
    this.position = position;
    this.name = party.name();
    this.details = party.details();
  }

  Role role() {
    return role;
  }

  int position() {
    return position;
  }

  CaseContent.Party toValue() {
    return new CaseContent.Party(name, details);
  }
}
