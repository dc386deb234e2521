package nl.verhuurtoezicht.engine.exec;

import java.util.Map;
import nl.verhuurtoezicht.engine.feel.ExpressionException;
import nl.verhuurtoezicht.engine.state.ElementInstance;
import nl.verhuurtoezicht.engine.state.Incident;
import nl.verhuurtoezicht.engine.state.Job;

/** Service task (and job-based script task): creates a job and waits for a worker. */
final class ServiceTaskBehavior implements ElementBehavior {
  @Override
  public void onActivate(BpmnExecutor executor, ElementInstance instance) {
    String type;
    long retries;
    try {
      Map<String, Object> variables = executor.visibleVariables(instance);
      type = executor.feel().evaluateString(instance.element.jobType(), variables);
      retries = executor.feel().evaluateNumber(instance.element.jobRetries(), variables);
    } catch (ExpressionException e) {
      executor.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), 0);
      return;
    }
    Job job = new Job(executor.nextKey(), type, instance, instance.element.customHeadersJson(), (int) retries);
    instance.jobKey = job.key;
    executor.activated(instance);
    executor.state().addJob(job);
    executor.events().jobsAvailable(type);
  }

  @Override
  public void onTerminate(BpmnExecutor executor, ElementInstance instance) {
    Job job = executor.state().job(instance.jobKey);
    if (job != null) {
      executor.state().removeJob(job);
    }
    Incident incident = executor.state().openIncident(instance.incidentKey);
    if (incident != null) {
      incident.state = "RESOLVED";
      executor.state().putIncident(incident);
      instance.incidentKey = 0;
    }
  }
}
