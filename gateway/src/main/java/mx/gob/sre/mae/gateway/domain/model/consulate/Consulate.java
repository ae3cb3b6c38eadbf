package mx.gob.sre.mae.gateway.domain.model.consulate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A Mexican embassy, consulate or office of the Mechanism that receives reports. */
@Entity
@Table(name = "consulate")
public class Consulate {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String city;

  @Column(nullable = false)
  private String country;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  protected Consulate() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String city() {
    return city;
  }

  public String country() {
    return country;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
