package nl.verhuurtoezicht.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for monitoring and auditors' tools. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Tamper-evident audit trail")
class AuditApiController {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditApiController(AuditTrail trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; lists every row that was changed, removed or re-linked")
    AuditVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/cases/{caseRef}")
    @Operation(summary = "Every audit entry of one case, oldest first")
    List<AuditEntry> timeline(@PathVariable String caseRef) {
        return trail.timeline(caseRef);
    }
}
