package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenancyRulesTest {

    @Test
    void tenantInformationInEveryLanguageListed() {
        FactsFixture all = FactsFixture.compliant();
        all.languages = List.of("pl", "ro");
        all.tenantInfoLanguages = List.of("ro", "pl", "nl");
        FactsFixture lacking = FactsFixture.compliant();
        lacking.languages = List.of("pl", "ro", "bg");
        lacking.tenantInfoLanguages = List.of("pl", "nl");
        FactsFixture none = FactsFixture.compliant();
        none.languages = List.of();

        assertThat(all.status("WGV-AM2")).isEqualTo(Status.PASS);
        assertThat(lacking.finding("WGV-AM2").message())
                .isEqualTo("Huurdersinformatie ontbreekt in: ro, bg (beschikbaar: pl, nl).");
        assertThat(none.status("WGV-AM2")).isEqualTo(Status.PASS);
    }

    @Test
    void languagesNotRecordedAreNotAssessed() {
        FactsFixture facts = FactsFixture.compliant();
        facts.tenantInfoLanguages = null;

        assertThat(facts.finding("WGV-AM2").message()).contains("$.information.tenantInfoLanguages");
    }

    @ParameterizedTest(name = "lease from {0}, deposit {1}, rent 500 → {2}")
    @CsvSource({
            "2023-07-01, 1000,    PASS",
            "2023-07-01, 1000.01, FAIL",
            "2023-07-01, 999.99,  PASS",
            "2023-06-30, 1500,    PASS",
            "2023-06-30, 1500.01, FAIL",
            "2023-06-30, 1499.99, PASS",
    })
    void depositAtMostTwoMonthsRentForNewLeasesThreeForOlder(String start, String deposit, Status expected) {
        FactsFixture facts = FactsFixture.compliant();
        facts.leaseStart = LocalDate.parse(start);
        facts.depositEur = new BigDecimal(deposit);

        assertThat(facts.status("WGV-R3")).isEqualTo(expected);
    }

    @Test
    void excessDepositIsStated() {
        FactsFixture facts = FactsFixture.compliant();
        facts.depositEur = new BigDecimal("1200");

        Finding finding = facts.finding("WGV-R3");

        assertThat(finding.threshold()).isEqualTo(Measure.of(new BigDecimal("1000")));
        assertThat(finding.message()).isEqualTo("Waarborgsom € 1200 is € 200 hoger dan het maximum van € 1000.");
    }

    @ParameterizedTest(name = "lease from {0}, separate {1} → {2}")
    @CsvSource({
            "2023-07-01, true,  PASS",
            "2023-07-01, false, FAIL",
            "2023-06-30, false, NOT_ASSESSED",
            "2023-07-01,      , NOT_ASSESSED",
    })
    void leaseSeparateFromEmploymentForLeasesFromJuly2023(String start, Boolean separate, Status expected) {
        FactsFixture facts = FactsFixture.compliant();
        facts.leaseStart = LocalDate.parse(start);
        facts.separateFromEmployment = separate;

        assertThat(facts.status("WGV-AM1")).isEqualTo(expected);
    }

    @Test
    void olderLeaseIsOutOfScopeWithAReason() {
        FactsFixture facts = FactsFixture.compliant();
        facts.leaseStart = LocalDate.parse("2022-02-01");

        assertThat(facts.finding("WGV-AM1").message())
                .isEqualTo("Niet van toepassing: de huurovereenkomst ging in op 01-02-2022, vóór 01-07-2023.");
    }
}
