package nl.verhuurtoezicht.audit;

import java.util.List;

/**
 * The outcome of checking the whole chain. {@code headHash} is the hash of the last row: write it down
 * (or publish it) now and then, because removing rows from the end of a chain leaves a shorter chain
 * that is still consistent in itself.
 */
public record AuditVerification(boolean intact, long rowsChecked, String headHash, List<Break> breaks) {

    /** A row whose stored content or link does not match the chain. */
    public record Break(long seq, String reason) {
    }
}
