package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.verhuurtoezicht.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Forfeited dwangsom sums (invorderingsbesluit, reference {@code ...D<n>}) are paid like fines: by CAMT.053 import
 * next to fine payments in the same statement, or by hand on the case page; what is late shows from the clock.
 */
class ForfeiturePaymentJourneyTest extends EnforcementJourneySupport {

    @Autowired RemedialOrderRepository remedialOrders;
    @Autowired PaymentRepository paymentRecords;

    @Test
    void oneStatementPaysAFineAndAForfeitureEachToItsOwnAndBooksAnEntryOnce() {
        EnforcementCase fineCase = startFine(List.of("WGV-R4"), Behaviour.C);
        Fine fine = decideFine(fineCase, null);
        EnforcementCase lastCase = forfeitedOnce();
        RemedialOrder.Forfeiture forfeiture = forfeiture(lastCase);
        assertThat(forfeiture.paymentReference()).isEqualTo(lastCase.caseNumber().replace("-", "") + "D1");
        String unknown = lastCase.caseNumber().replace("-", "") + "D9";

        byte[] statement = camt("STMT-F-" + lastCase.caseNumber(),
                entry("BANK-FINE-" + fineCase.caseNumber(), "2500.00", "CRDT", "Boete " + fine.paymentReference()),
                structuredEntry("BANK-D1-" + lastCase.caseNumber(), "500.00", forfeiture.paymentReference()),
                entry("BANK-D9-" + lastCase.caseNumber(), "500.00", "CRDT", "dwangsom " + unknown));
        Payments.ImportReport report = payments.importStatement(statement, JURIST);

        assertThat(report.booked()).extracting(Payments.Booked::paymentReference, Payments.Booked::caseNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fine.paymentReference(), fineCase.caseNumber()),
                        org.assertj.core.groups.Tuple.tuple(forfeiture.paymentReference(), lastCase.caseNumber()));
        assertThat(report.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("unknown payment reference " + unknown));
        Fine paidFine = repository.fineOfCase(fineCase.caseId()).orElseThrow();
        assertThat(paidFine.status()).isEqualTo(Fine.Status.PAID);
        assertThat(paidFine.paid()).isEqualByComparingTo("2500");
        assertThat(paymentRecords.ofFine(fine.id())).singleElement()
                .satisfies(p -> assertThat(p.forfeitureId()).isNull());
        RemedialOrder.Forfeiture paid = forfeiture(lastCase);
        assertThat(paid.paid()).isEqualByComparingTo("500");
        assertThat(paid.outstanding()).isEqualByComparingTo("0");
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(paid.standing(LocalDate.now(clock).plusYears(1))).isEqualTo(RemedialOrder.Forfeiture.Standing.PAID);

        byte[] sameEntryOtherFile = camt("STMT-F2-" + lastCase.caseNumber(),
                structuredEntry("BANK-D1-" + lastCase.caseNumber(), "500.00", forfeiture.paymentReference()));
        Payments.ImportReport again = payments.importStatement(sameEntryOtherFile, JURIST);
        assertThat(again.alreadyBooked()).containsExactly("BANK-D1-" + lastCase.caseNumber());
        assertThat(again.booked()).isEmpty();
        assertThat(forfeiture(lastCase).paid()).isEqualByComparingTo("500");
        assertThat(repository.fineOfCase(fineCase.caseId()).orElseThrow().paid()).isEqualByComparingTo("2500");
    }

    @Test
    void legalStaffPayAForfeitureByHandInPartsAndItIsLateUntilPaidInFull() throws Exception {
        EnforcementCase c = forfeitedOnce();
        RemedialOrder.Forfeiture forfeiture = forfeiture(c);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var principal = userDetails.loadUserByUsername(accounts.staff(Role.LEGAL).username());
        var legal = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        String casePath = "/juridisch/handhaving/" + c.caseNumber();

        String open = page(mvc, legal, casePath);
        assertThat(row(open, forfeiture.paymentReference())).contains(">500.00<").contains(">Open<").doesNotContain("Te laat");
        assertThat(open).contains("<option value=\"" + forfeiture.paymentReference() + "\"");
        assertThat(row(page(mvc, legal, "/juridisch/handhaving"), c.caseNumber())).doesNotContain("Verbeurde dwangsom te laat");

        clock.advance(Duration.ofDays(43));
        assertThat(row(page(mvc, legal, casePath), forfeiture.paymentReference())).contains("Te laat");
        assertThat(row(page(mvc, legal, "/juridisch/handhaving"), c.caseNumber())).contains("Verbeurde dwangsom te laat");

        mvc.perform(post(casePath + "/betaling").with(authentication(legal)).with(csrf())
                        .param("paymentReference", forfeiture.paymentReference()).param("amount", "200,00"))
                .andExpect(status().is3xxRedirection());
        RemedialOrder.Forfeiture partly = forfeiture(c);
        assertThat(partly.paid()).isEqualByComparingTo("200");
        assertThat(partly.outstanding()).isEqualByComparingTo("300");
        assertThat(partly.paidOn()).isNull();
        assertThat(row(page(mvc, legal, casePath), forfeiture.paymentReference())).contains(">200.00<").contains(">300.00<")
                .contains("Te laat");

        String otherReference = c.caseNumber().replace("-", "") + "D9";
        String refused = mvc.perform(post(casePath + "/betaling").with(authentication(legal)).with(csrf())
                        .param("paymentReference", otherReference).param("amount", "300"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary").contains("href=\"#paymentReference\"").contains(otherReference);
        assertThat(forfeiture(c).paid()).isEqualByComparingTo("200");

        mvc.perform(post(casePath + "/betaling").with(authentication(legal)).with(csrf())
                        .param("paymentReference", forfeiture.paymentReference().toLowerCase()).param("amount", "300"))
                .andExpect(status().is3xxRedirection());
        RemedialOrder.Forfeiture paid = forfeiture(c);
        assertThat(paid.paid()).isEqualByComparingTo("500");
        assertThat(paid.paidOn()).isEqualTo(LocalDate.now(clock));
        String after = page(mvc, legal, casePath);
        assertThat(row(after, forfeiture.paymentReference())).contains(">Betaald<").doesNotContain("Te laat");
        assertThat(after).doesNotContain("<option value=\"" + forfeiture.paymentReference() + "\"");
        assertThat(row(page(mvc, legal, "/juridisch/handhaving"), c.caseNumber())).doesNotContain("Verbeurde dwangsom te laat");
        assertThat(audit.timeline(c.caseNumber())).anySatisfy(e -> assertThat(e.toString())
                .contains("paid 300 on " + forfeiture.paymentReference()));
    }

    /** A last onder dwangsom chosen directly, imposed, and one unit forfeited at the first failed re-inspection. */
    private EnforcementCase forfeitedOnce() {
        EnforcementCase c = start(List.of("SNF-DET"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Onverschillig.", JURIST);
        awaitTask(c, "chooseSanction");
        tasks.chooseSanction(c.caseNumber(), Sanction.DWANGSOM, "Herstel afdwingen.", null,
                new EnforcementTasks.DwangsomInput(new BigDecimal("500"), new BigDecimal("5000"), "P1W"), JURIST);
        awaitActive(c, "dwangsomEgw");
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideDwangsom");
        tasks.decideDwangsom(c.caseNumber(), RemedialOrder.Outcome.IMPOSE, null, "Veiligheid van de bewoners.", null, JURIST);
        awaitActive(c, "begunstigingstermijnPassed");
        clock.advance(Duration.ofDays(8));
        reinspection(c, "DEFICIENT");
        awaitActive(c, "nextCheckDue");
        return current(c);
    }

    private RemedialOrder.Forfeiture forfeiture(EnforcementCase c) {
        return remedialOrders.ofCase(c.caseId()).orElseThrow().forfeitures().get(0);
    }

    private static String page(MockMvc mvc, UsernamePasswordAuthenticationToken user, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The table row of a page that mentions {@code text}. */
    private static String row(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as("page mentions " + text).isNotNegative();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static String structuredEntry(String bankReference, String amount, String creditorReference) {
        return """
                <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-05</Dt></BookgDt>
                <AcctSvcrRef>%s</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>%s</Ref></CdtrRefInf></Strd>
                </RmtInf></TxDtls></NtryDtls></Ntry>
                """.formatted(amount, bankReference, creditorReference);
    }
}
