/*
 * Command-line options of the Java programs of deploy/bench (JDK 22+: a class of its own file, found
 * by the source launcher next to the program that uses it): "--name value" pairs.
 */

import java.util.function.BiPredicate;
import java.util.function.IntConsumer;

final class BenchOptions {

  private BenchOptions() {}

  /**
   * Hands each "--name value" pair to {@code option}, which returns false for a name it does not know;
   * --help, a missing value or an unknown name call {@code usage} with the exit status (0 or 2).
   */
  static void parse(String[] args, BiPredicate<String, String> option, IntConsumer usage) {
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        usage.accept(0);
        return;
      }
      if (i + 1 >= args.length) {
        System.err.println("Missing value for " + name);
        usage.accept(2);
        return;
      }
      if (!option.test(name, args[++i])) {
        System.err.println("Unknown option " + name);
        usage.accept(2);
        return;
      }
    }
  }
}
