package nl.verhuurtoezicht.deployment;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;

/**
 * Not part of the service: compiled only so that {@link CamundaCompatibilityTest} can show that the check reports
 * a command a production 8.8 cluster does not serve (pinning the engine clock), and accepts the ordinary ones.
 */
class ClockPinningWorker {

    private final CamundaClient client;

    ClockPinningWorker(CamundaClient client) {
        this.client = client;
    }

    @JobWorker(type = "pin-the-clock", autoComplete = false)
    void handle(JobClient jobClient, ActivatedJob job) {
        client.newPinClockCommand().time(0L).send().join();
        jobClient.newCompleteCommand(job.getKey()).send().join();
    }
}
