package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

@Component
public class ExpirePermitWorker {

    private final PermitRegister register;

    ExpirePermitWorker(PermitRegister register) {
        this.register = register;
    }

    @JobWorker(type = "permit-expire")
    public void expire(@VariablesAsType PermitVariables variables) {
        register.expire(variables.permitId());
    }
}
