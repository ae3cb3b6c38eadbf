package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import mx.gob.sre.mae.i18n.Language;

/** The language of an API request: ?lang=, else Accept-Language, else Spanish. */
final class RequestLanguage {

  private RequestLanguage() {}

  static Language of(HttpHeaders headers, UriInfo uri) {
    String explicit = uri == null ? null : uri.getQueryParameters().getFirst("lang");
    String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    return Language.resolve(explicit, accept);
  }
}
