package mx.gob.sre.mae.routes.routing;

/** A routing or flags table that cannot be used, with the file, line number and problem. */
public class InvalidRoutingTableException extends RuntimeException {

  private final String source;
  private final int lineNumber;

  public InvalidRoutingTableException(String source, int lineNumber, String problem) {
    super(source + " line " + lineNumber + ": " + problem);
    this.source = source;
    this.lineNumber = lineNumber;
  }

  /** The file name: {@code routing-table.csv} or {@code flags.csv}. */
  public String source() {
    return source;
  }

  /** The 1-based line number of the problem. */
  public int lineNumber() {
    return lineNumber;
  }
}
