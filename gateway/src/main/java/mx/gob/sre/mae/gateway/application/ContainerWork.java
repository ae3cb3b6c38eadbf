package mx.gob.sre.mae.gateway.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work from Camel's threads on a container thread, where transactions, JPA and CDI work; the
 * caller waits. A failure or timeout is thrown back, so the route treats it as a failed attempt.
 */
@ApplicationScoped
public class ContainerWork {

  @Resource ManagedExecutorService executor;

  public <T> T call(String what, Duration timeout, Callable<T> work) {
    try {
      return executor.submit(work).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed; it is tried again", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(what + " timed out; it is tried again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
