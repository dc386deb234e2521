package nl.verhuurtoezicht.engine.dmn;

import java.util.List;
import org.camunda.dmn.parser.ParsedDmn;

/**
 * A parsed DMN resource: its decision requirements graph (the {@code definitions} element) and the
 * decisions it holds, ready to evaluate.
 */
public record DecisionResource(
    String decisionRequirementsId, String decisionRequirementsName, List<Decision> decisions, ParsedDmn parsed) {

  /** One decision of the resource as the deploy response lists it. */
  public record Decision(String decisionId, String decisionName) {}
}
