package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who is on the other end of a request, for rate limits and the audit log. The connection's address
 * is the answer unless it is one of our own reverse proxies (MAE_TRUSTED_PROXIES): only then is
 * X-Forwarded-For believed, read from the right, so a client cannot pick its own address by sending
 * the header itself.
 */
public final class ClientAddress {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Network> trusted;

  /** {@code trustedProxies}: comma-separated addresses or CIDR networks (10.0.0.0/8, ::1). */
  public ClientAddress(String trustedProxies) {
    trusted = new ArrayList<>();
    for (String entry : trustedProxies.split(",")) {
      if (!entry.isBlank()) {
        trusted.add(Network.parse(entry.strip()));
      }
    }
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  String of(String remote, String forwardedFor) {
    if (forwardedFor == null || !isTrusted(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    String client = remote;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (literal(hop) == null) {
        return client; // garbage: stop at the last address our own proxies vouched for
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  boolean isTrusted(String address) {
    InetAddress a = literal(address);
    return a != null && trusted.stream().anyMatch(n -> n.contains(a));
  }

  /** The address if {@code text} is an IP literal; never a DNS look-up. */
  static InetAddress literal(String text) {
    if (text == null || text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address or a CIDR network. */
  record Network(byte[] prefix, int bits) {
    static Network parse(String text) {
      int slash = text.indexOf('/');
      InetAddress a = literal(slash < 0 ? text : text.substring(0, slash));
      if (a == null) {
        throw new IllegalArgumentException("MAE_TRUSTED_PROXIES: not an IP address or network: " + text);
      }
      int max = a.getAddress().length * 8;
      int bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
      if (bits < 0 || bits > max) {
        throw new IllegalArgumentException("MAE_TRUSTED_PROXIES: bad prefix length: " + text);
      }
      return new Network(a.getAddress(), bits);
    }

    boolean contains(InetAddress address) {
      byte[] b = address.getAddress();
      if (b.length != prefix.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((b[i / 8] & mask) != (prefix[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
