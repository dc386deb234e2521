package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

    @Test
    void writesTheOutputContract() throws Exception {
        FactsFixture facts = FactsFixture.compliant();
        facts.depositEur = new java.math.BigDecimal("1200");
        facts.registeredBrp = 7;

        JsonNode json = new ObjectMapper().readTree(EvaluationJson.write(facts.evaluate()));

        assertThat(json.get("normSet").asText()).isEqualTo("nl-default-2026:SNF-2025-07");
        assertThat(json.get("verdict").asText()).isEqualTo("DEFICIENT");
        JsonNode deposit = json.get("findings").get(14);
        assertThat(deposit.get("ruleId").asText()).isEqualTo("WGV-R3");
        assertThat(deposit.get("status").asText()).isEqualTo("FAIL");
        assertThat(deposit.get("severity").asText()).isEqualTo("MAJOR");
        assertThat(deposit.get("measured").decimalValue()).isEqualByComparingTo("1200");
        assertThat(deposit.get("threshold").decimalValue()).isEqualByComparingTo("1000");
        assertThat(deposit.get("unit").asText()).isEqualTo("EUR");
        assertThat(deposit.get("legalBasis").asText()).endsWith("[S]");
        assertThat(deposit.get("message").asText()).contains("€ 200");
        assertThat(json.get("findings").get(11).get("measured").asText()).isEqualTo("2025-06-01");
        assertThat(json.get("findings").get(8).get("measured").isBoolean()).isTrue();
        assertThat(json.get("signals").get(0).get("code").asText()).isEqualTo("BRP_MISMATCH");
        assertThat(json.get("signals").get(0).get("description").asText()).startsWith("Minder bewoners");
    }

    @Test
    void storedEvaluationReadsBackEqual() {
        FactsFixture facts = FactsFixture.compliant();
        facts.extinguisherInspectedOn = LocalDate.parse("2023-01-01");
        facts.languages = List.of("pl", "bg");
        facts.usableFloorAreaM2 = null;
        facts.signals = List.of(SignalCode.WAGE_DEDUCTIONS);
        Evaluation evaluation = facts.evaluate();

        assertThat(EvaluationJson.parse(EvaluationJson.write(evaluation))).isEqualTo(evaluation);
    }

    @Test
    void corruptStoredEvaluationIsRejectedWithItsPath() {
        assertThatThrownBy(() -> EvaluationJson.parse("""
                {"normSet": "x", "verdict": "FINE", "findings": [], "signals": []}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("$.verdict"));
    }
}
