package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Bean Validation for unit tests, without Expression Language: messages stay as their {key} templates. */
public final class TestBeanValidation {

  private TestBeanValidation() {}

  /** A factory the test closes when done. */
  public static ValidatorFactory factory() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
