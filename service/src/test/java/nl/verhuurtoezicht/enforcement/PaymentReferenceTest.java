package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentReferenceTest {

    @Test
    void printsTheFineAndForfeitureReferencesOfACase() {
        assertThat(PaymentReference.ofFine("HH-2026-000012")).isEqualTo("HH2026000012B");
        assertThat(PaymentReference.ofForfeiture("HH-2026-000012", 3)).isEqualTo("HH2026000012D3");
    }

    @Test
    void tellsFineFromForfeitureReferences() {
        assertThat(PaymentReference.isFine("HH2026000012B")).isTrue();
        assertThat(PaymentReference.isForfeiture("HH2026000012B")).isFalse();
        assertThat(PaymentReference.isForfeiture("HH2026000012D1")).isTrue();
        assertThat(PaymentReference.isForfeiture("HH2026000012D12")).isTrue();
        assertThat(PaymentReference.isFine("HH2026000012D1")).isFalse();
        assertThat(PaymentReference.isForfeiture("HH2026000012D0")).isFalse();
        assertThat(PaymentReference.isForfeiture("HH2026000012D")).isFalse();
        assertThat(PaymentReference.isForfeiture("HH202600012D1")).isFalse();
    }

    @Test
    void findsForfeitureReferencesInStructuredAndFreeText() {
        assertThat(PaymentReference.find("HH2026000012D1")).contains("HH2026000012D1");
        assertThat(PaymentReference.find("Dwangsom hh-2026-000012 d2 betaald")).contains("HH2026000012D2");
        assertThat(PaymentReference.find("invordering HH2026000012D10")).contains("HH2026000012D10");
    }

    @Test
    void aNumberTypedAfterTheReferenceIsNotPartOfIt() {
        assertThat(PaymentReference.find("HH2026000012D1 20260105 EUR 500")).contains("HH2026000012D1");
        assertThat(PaymentReference.find("HH2026000012B 2500,00")).contains("HH2026000012B");
    }

    @Test
    void incompleteOrOtherReferencesAreNotFound() {
        assertThat(PaymentReference.find("HH2026000012D")).isEmpty();
        assertThat(PaymentReference.find("HH2026000012D0")).isEmpty();
        assertThat(PaymentReference.find("HH202600001B")).isEmpty();
        assertThat(PaymentReference.find("factuur 2026000012D1")).isEmpty();
        assertThat(PaymentReference.find(null)).isEmpty();
    }
}
