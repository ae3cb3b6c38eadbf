package mx.gob.sre.mae.gateway.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A missing person as one case version describes them. Immutable. */
@Entity
@Table(name = "missing_person")
public class MissingPerson {

  @Id
  @SequenceGenerator(name = "missing_person_seq", sequenceName = "missing_person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "missing_person_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private CaseVersion version;

  private int position;

  @Column(name = "given_names")
  private String givenNames;

  @Column(name = "first_surname")
  private String firstSurname;

  @Column(name = "second_surname")
  private String secondSurname;

  private String sex;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "approximate_age")
  private Integer approximateAge;

  private String nationality;
  private String curp;

  @Column(name = "in_migration", nullable = false)
  private boolean inMigration;

  @Column(name = "height_cm")
  private Integer heightCm;

  private String build;
  private String complexion;

  @Column(name = "eye_colour")
  private String eyeColour;

  @Column(name = "hair_colour")
  private String hairColour;

  @Column(length = 4000)
  private String description;

  @Column(name = "last_seen_date")
  private LocalDate lastSeenDate;

  @Column(name = "last_seen_place")
  private String lastSeenPlace;

  @Column(name = "last_seen_state")
  private String lastSeenState;

  protected MissingPerson() {}

  MissingPerson(CaseVersion version, int position, CaseContent.Person p) {
    this.version = version;
    this.position = position;
    this.givenNames = p.givenNames();
    this.firstSurname = p.firstSurname();
    this.secondSurname = p.secondSurname();
    this.sex = p.sex();
    this.dateOfBirth = p.dateOfBirth();
    this.approximateAge = p.approximateAge();
    this.nationality = p.nationality();
    this.curp = p.curp();
    this.inMigration = p.inMigration();
    this.heightCm = p.heightCm();
    this.build = p.build();
    this.complexion = p.complexion();
    this.eyeColour = p.eyeColour();
    this.hairColour = p.hairColour();
    this.description = p.description();
    this.lastSeenDate = p.lastSeenDate();
    this.lastSeenPlace = p.lastSeenPlace();
    this.lastSeenState = p.lastSeenState();
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Persons of a recorded version never change");
  }

  CaseContent.Person toValue() {
    return new CaseContent.Person(
        givenNames, firstSurname, secondSurname, sex, dateOfBirth, approximateAge, nationality, curp,
        inMigration, heightCm, build, complexion, eyeColour, hairColour, description, lastSeenDate,
        lastSeenPlace, lastSeenState);
  }
}
