package mx.gob.sre.mae.routes.delivery;

import java.util.List;
import java.util.function.Supplier;
import org.apache.camel.builder.Builder;
import org.apache.camel.builder.RouteBuilder;

/**
 * The claim loop the outboxes share (deliveries to agencies, messages to families): from a timer or a
 * wake-up, claim a batch, hand each message to {@code to}, and claim again at once while batches come
 * back full instead of waiting for the next tick.
 */
public final class ClaimLoop {

  static final String MORE = "maeMoreDue";

  private ClaimLoop() {}

  public static void define(RouteBuilder routes, String fromUri, String routeId, Supplier<? extends List<?>> claim, int batchSize, String to) {
    routes.from(fromUri)
        .routeId(routeId)
        .loopDoWhile(e -> !Boolean.FALSE.equals(e.getProperty(MORE)))
            .process(e -> {
              List<?> batch = claim.get();
              e.setProperty(MORE, batch.size() == batchSize);
              e.getMessage().setBody(batch);
            })
            .split(Builder.body())
                .to(to)
            .end()
        .end();
  }
}
