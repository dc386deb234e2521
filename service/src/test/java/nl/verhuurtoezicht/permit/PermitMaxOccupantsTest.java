package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Legal staff set the maximum number of occupants per address when granting; bad input is refused and stores nothing. */
class PermitMaxOccupantsTest extends PermitJourneyFixture {

    @Autowired
    AuditTrail audit;

    @Test
    void aLowerMaximumForOneAddressGoesIntoTheRegisterThePublicRegisterAndTheLetter() {
        TestAccounts.Created account = accounts.landlord();
        String caseNumber = submitTwoAddresses(landlord(account), randomBagId(), randomBagId());
        path().awaitActive(processOf(caseNumber), "decide-permit");
        Application waiting = applications.findByCaseNumber(caseNumber).orElseThrow();
        long first = waiting.addresses().get(0).addressId();
        long second = waiting.addresses().get(1).addressId();
        Portal legal = legal();
        // 47,5 m² and 24 m² of declared rooms at 10 m² per person (SNF-GBO, logies): 4 and 2, as applied for.
        assertThat(legal.get("/juridisch/aanvragen/" + caseNumber).body())
                .contains("name=\"maxOccupants[" + first + "]\"").contains("aangevraagd: 4, ten hoogste 4")
                .contains("aangevraagd: 2, ten hoogste 2");

        HttpResponse<String> granted = grant(legal, caseNumber, Map.of(String.valueOf(first), "", String.valueOf(second), " 1 "));

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(302);
        Application decided = awaitStatus(caseNumber, ApplicationStatus.GRANTED);
        assertThat(decided.addresses()).extracting(Application.ApplicationAddress::decidedMaxOccupants).containsExactly(4, 1);
        Permit permit = register.findByApplication(decided.id()).orElseThrow();
        assertThat(permit.addresses()).extracting(Permit.PermitAddress::addressId, Permit.PermitAddress::maxOccupants)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 4), org.assertj.core.groups.Tuple.tuple(second, 1));
        String publicRegister = Portal.anonymous(port).get("/register/vergunningen").body();
        assertThat(publicRegister).containsPattern(registerRow(permit.permitNumber(), "Groenestraat 214", 4))
                .containsPattern(registerRow(permit.permitNumber(), "Groenestraat 216", 1));
        assertThat(letterText(caseNumber, LetterKind.VERGUNNING_VERLEEND).replaceAll("\\s+", " "))
                .contains("aan ten hoogste 5 bewoners");
        assertThat(audit.timeline(caseNumber)).filteredOn(e -> e.action().equals("permit.decision.grant"))
                .singleElement().extracting(AuditEntry::after).asString()
                .contains("Groenestraat 214").contains(": 4 (applied for 4)")
                .contains("Groenestraat 216").contains(": 1 (applied for 2)");
    }

    @Test
    void eachKindOfBadMaximumIsRefusedWithTheFieldNamedAndNothingStored() {
        TestAccounts.Created account = accounts.landlord();
        String caseNumber = submitTwoAddresses(landlord(account), randomBagId(), randomBagId());
        path().awaitActive(processOf(caseNumber), "decide-permit");
        Application waiting = applications.findByCaseNumber(caseNumber).orElseThrow();
        String first = String.valueOf(waiting.addresses().get(0).addressId());
        String second = String.valueOf(waiting.addresses().get(1).addressId());
        Portal legal = legal();

        List<Map<String, String>> bad = List.of(
                Map.of(first, "vier"),
                Map.of(first, "2,5"),
                Map.of(second, "0"),
                Map.of(second, "3"),
                Map.of(first, "5"),
                Map.of("999999999", "1"));
        List<String> fields = List.of("maxOccupants" + first, "maxOccupants" + first, "maxOccupants" + second,
                "maxOccupants" + second, "maxOccupants" + first, "maxOccupants");
        for (int i = 0; i < bad.size(); i++) {
            HttpResponse<String> response = grant(legal, caseNumber, bad.get(i));
            assertThat(response.statusCode()).as("input %s", bad.get(i)).isEqualTo(400);
            assertThat(response.body()).as("input %s", bad.get(i)).contains("id=\"" + fields.get(i) + "-error\"")
                    .contains(i == bad.size() - 1 ? "Een opgegeven adres hoort niet bij deze aanvraag"
                            : "Vul een heel aantal bewoners in van 1 tot en met het getoonde maximum.");
        }

        Application unchanged = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(unchanged.decision()).isNull();
        assertThat(unchanged.decidedOn()).isNull();
        assertThat(unchanged.addresses()).extracting(Application.ApplicationAddress::decidedMaxOccupants).containsOnlyNulls();
        assertThat(register.findByApplication(unchanged.id())).isEmpty();
        assertThat(audit.timeline(caseNumber)).extracting(AuditEntry::action).doesNotContain("permit.decision.grant");
        assertThat(path().active(processOf(caseNumber))).contains("decide-permit");
    }

    /** A row of the public register: permit number, address, holder, valid until, maximum occupants. */
    private static String registerRow(String permitNumber, String street, int maxOccupants) {
        return java.util.regex.Pattern.quote(permitNumber) + "</td>\\s*<td>" + street + "[^<]*</td>\\s*<td>[^<]*</td>"
                + "\\s*<td>[^<]*</td>\\s*<td>" + maxOccupants + "</td>";
    }

    private HttpResponse<String> grant(Portal legal, String caseNumber, Map<String, String> maxOccupants) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("decision", "GRANT");
        form.put("conditions", "");
        form.put("validUntil", "");
        form.put("grounds", "");
        form.put("extensionReason", "");
        maxOccupants.forEach((addressId, number) -> form.put("maxOccupants[" + addressId + "]", number));
        return legal.postForm("/juridisch/aanvragen/" + caseNumber, "/juridisch/aanvragen/" + caseNumber + "/besluit", form);
    }
}
