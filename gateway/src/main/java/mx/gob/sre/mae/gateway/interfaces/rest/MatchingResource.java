package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.matching.CaseLinking;
import mx.gob.sre.mae.gateway.application.matching.MatchResult;
import mx.gob.sre.mae.gateway.application.matching.PersonMatching;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;
import mx.gob.sre.mae.gateway.domain.model.matching.CaseLink;
import mx.gob.sre.mae.gateway.domain.model.matching.MatchReview;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Person matching for consular officers: who among the persons already reported may be this person
 * (ranked, with a per-field explanation), the review queue of unsure pairs, and links with their
 * history. Deciding is the officer's; nothing here deletes a report.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class MatchingResource {

  /** A candidate as an officer sees it: enough to recognise the person, and why the engine thinks so. */
  public record CandidateView(String folio, double score, String decision, String name, LocalDate dateOfBirth, String lastSeenState,
      List<FieldView> fields) {}

  /** One field's comparison; a comparison that could not be made (a side missing) has no number. */
  public record FieldView(String field, Double similarity, Double weight, String note) {
    static FieldView of(MatchResult.FieldScore f) {
      return new FieldView(f.field(), finite(f.similarity()), finite(f.weight()), f.note());
    }

    private static Double finite(double d) {
      return Double.isFinite(d) ? d : null;
    }
  }

  /** A pair waiting for an officer. */
  public record ReviewView(long id, String primaryCase, String linkedCase, double score, String explanation, String status, Instant createdAt) {}

  /** One link decision. */
  public record LinkView(String primaryCase, String linkedCase, String event, boolean automatic, Double score, String explanation,
      String decidedBy, Instant decidedAt) {}

  @Inject PersonMatching matching;
  @Inject CaseLinking linking;
  @Inject CurrentOfficer officer;

  @POST
  @Path("persons/match")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Persons already reported who may be this person, best first, with scores and per-field explanations")
  public List<CandidateView> match(@Valid @NotNull MissingPersonData person) {
    officer.require();
    PersonRecord probe = probe(person);
    return matching.matcher().rank(probe).stream().limit(20)
        .map(c -> new CandidateView(c.person().folio(), c.result().score(), c.decision().name(),
            String.join(" ", java.util.stream.Stream.of(c.person().givenNames(), c.person().firstSurname(), c.person().secondSurname())
                .filter(s -> s != null && !s.isBlank()).toList()),
            c.person().dateOfBirth(), c.person().lastSeenState(), c.result().fields().stream().map(FieldView::of).toList()))
        .toList();
  }

  @GET
  @Path("matching/reviews")
  @Operation(summary = "Possible repeat reports waiting for an officer of this consulate")
  public List<ReviewView> reviews() {
    return linking.reviews(officer.require()).stream().map(MatchingResource::view).toList();
  }

  @POST
  @Path("matching/reviews/{id}/link")
  @Operation(summary = "The same person: link the reports (both cases get a version, routed as updates)")
  public ReviewView link(@PathParam("id") long id) {
    return view(linking.confirm(officer.require(), id));
  }

  @POST
  @Path("matching/reviews/{id}/not-same")
  @Operation(summary = "Not the same person: remembered, never proposed again")
  public ReviewView notSame(@PathParam("id") long id) {
    return view(linking.reject(officer.require(), id));
  }

  @GET
  @Path("matching/cases/{folio}/links")
  @Operation(summary = "Every link decision about a case, oldest first")
  public List<LinkView> links(@PathParam("folio") String folio) {
    return linking.history(officer.require(), folio).stream().map(MatchingResource::view).toList();
  }

  @POST
  @Path("matching/cases/{folio}/links/{other}/unlink")
  @Operation(summary = "Undo a link: both reports stand alone again, with history")
  public Response unlink(@PathParam("folio") String folio, @PathParam("other") String other) {
    linking.unlink(officer.require(), folio, other);
    return Response.noContent().build();
  }

  private static PersonRecord probe(MissingPersonData p) {
    LocalDate dob = date(p.getDateOfBirth());
    String state = p.getLastSeen() == null ? null : p.getLastSeen().getState();
    String place = p.getLastSeen() == null ? null : p.getLastSeen().getPlace();
    LocalDate seen = p.getLastSeen() == null ? null : date(p.getLastSeen().getDate());
    if (isBlank(p.getGivenNames()) && isBlank(p.getFirstSurname()) && isBlank(p.getCurp())) {
      throw new BadRequestException();
    }
    return new PersonRecord(-1, null, p.getGivenNames(), p.getFirstSurname(), p.getSecondSurname(), p.getSex(), dob,
        p.getApproximateAge(), Year.now().getValue(), p.getCurp(), null, null, p.getNationality(), state, place, seen);
  }

  private static LocalDate date(String text) {
    try {
      return isBlank(text) ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException();
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static ReviewView view(MatchReview r) {
    return new ReviewView(r.id(), r.primaryCase(), r.linkedCase(), r.score(), r.explanation(), r.status().name(), r.createdAt());
  }

  private static LinkView view(CaseLink l) {
    return new LinkView(l.primaryCase(), l.linkedCase(), l.event().name(), l.automatic(), l.score(), l.explanation(), l.decidedBy(),
        l.decidedAt());
  }
}
