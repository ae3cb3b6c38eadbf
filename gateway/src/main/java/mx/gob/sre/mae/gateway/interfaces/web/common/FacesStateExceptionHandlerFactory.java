package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form whose view state cannot be restored (forged, damaged or from another installation) is a
 * bad request: 400 and a page asking to open the form again, not a server error. Every other
 * exception goes on to Faces' own handling and the error page.
 */
public class FacesStateExceptionHandlerFactory extends ExceptionHandlerFactory {

  public FacesStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** Takes the restore-view failures off the queue and answers them. */
  static final class Handler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(FacesStateExceptionHandlerFactory.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEventContext context = events.next().getContext();
        Throwable e = context.getException();
        if (context.getPhaseId() == PhaseId.RESTORE_VIEW || causedByExpiredView(e)) {
          events.remove();
          refuse(context.getContext(), e);
        }
      }
      getWrapped().handle();
    }

    private static boolean causedByExpiredView(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    private static void refuse(FacesContext faces, Throwable e) {
      if (faces.getResponseComplete()) {
        return;
      }
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
      LOG.info(() -> "Refused a form whose view state could not be restored on " + request.getRequestURI() + ": " + e);
      if (!response.isCommitted()) {
        response.resetBuffer();
        try {
          ErrorPages.send(request, response, 400, "malformed", "error.badForm");
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
      }
      faces.responseComplete();
    }
  }
}
