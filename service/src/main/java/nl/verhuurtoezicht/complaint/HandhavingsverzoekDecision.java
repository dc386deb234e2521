package nl.verhuurtoezicht.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What legal staff decided on a handhavingsverzoek and what became of the letter.
 *
 * @param request     what the requester asked, as the letter's "U vroeg ons …" continues
 * @param dictum      the decision in full sentences
 * @param reasons     the motivering (Awb 3:46)
 * @param letterId    the letter in the archive, once issued
 * @param mailed      true when the letter went to the requester by e-mail, false when it waits in the archive, null
 *                    before it is sent
 */
record HandhavingsverzoekDecision(long reportId, DecisionOutcome outcome, String request, String dictum, String reasons,
                                  String decidedBy, OffsetDateTime decidedAt, UUID letterId, Boolean mailed) {

    /** The day of the decision in the municipality's time zone, as the status page shows it. */
    public LocalDate decidedOn() {
        return decidedAt.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate();
    }
}
