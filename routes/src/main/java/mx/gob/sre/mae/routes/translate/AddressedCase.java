package mx.gob.sre.mae.routes.translate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/** One case version addressed to one recipient, with the routing flags sorted and cleaned. */
record AddressedCase(CanonicalCase c, String recipient, List<String> flags) {

  AddressedCase {
    Objects.requireNonNull(c, "case");
    Objects.requireNonNull(recipient, "recipient");
    flags = List.copyOf(flags);
  }

  static AddressedCase of(CanonicalCase c, String recipient, Set<String> flags) {
    TreeSet<String> sorted = new TreeSet<>();
    if (flags != null) {
      flags.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).forEach(sorted::add);
    }
    return new AddressedCase(c, recipient, List.copyOf(sorted));
  }
}
