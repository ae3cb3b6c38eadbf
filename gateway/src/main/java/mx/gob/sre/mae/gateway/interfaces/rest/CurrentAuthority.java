package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;

/** The foreign authority {@link AuthorityKeyFilter} authenticated for this request (how: "key:<id>" or "certificate"). */
@RequestScoped
public class CurrentAuthority {

  private Long id;
  private String how;

  void set(long authorityId, String how) {
    this.id = authorityId;
    this.how = how;
  }

  /** The authority's id; only resources behind the filter call this, so there always is one. */
  public long id() {
    if (id == null) {
      throw new IllegalStateException("No authority authenticated for this request");
    }
    return id;
  }

  public String how() {
    return how;
  }
}
