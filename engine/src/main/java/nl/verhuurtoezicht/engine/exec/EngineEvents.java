package nl.verhuurtoezicht.engine.exec;

import java.util.Map;

/** Things the API layer must learn about once the batch that caused them is committed. */
public interface EngineEvents {
  void jobsAvailable(String type);

  void processCompleted(long processInstanceKey, Map<String, String> variables);

  void processTerminated(long processInstanceKey);
}
