package nl.verhuurtoezicht.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verhuurtoezicht.platform.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PropertyValuesTest {

    @Test
    void bagIdOfAVerblijfsobjectIsAccepted() {
        BagId id = BagId.parse(" 0268010000012345 ");

        assertThat(id.value()).isEqualTo("0268010000012345");
        assertThat(id.municipalityCode()).isEqualTo("0268");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "026801000001234", "02680100000123456", "0268020000012345", "02680100000123a5"})
    void otherBagIdsAreRefusedNamingTheField(String input) {
        assertThatThrownBy(() -> BagId.parse(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("16 digits")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("bagId");
    }

    @Test
    void postcodeIsNormalisedAndFormatted() {
        Postcode postcode = Postcode.parse("6511 ab");

        assertThat(postcode.value()).isEqualTo("6511AB");
        assertThat(postcode.formatted()).isEqualTo("6511 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0511AB", "651AB", "6511A", "6511SA", "6511 SS", "6511SD", "ABCD12"})
    void invalidOrNeverIssuedPostcodesAreRefused(String input) {
        assertThatThrownBy(() -> Postcode.parse(input)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("validation.postcode");
    }

    @Test
    void kvkNumberHasEightDigits() {
        assertThat(KvkNumber.parse("1234 5678").value()).isEqualTo("12345678");
        assertThatThrownBy(() -> KvkNumber.parse("1234567")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KvkNumber.parse("123456789")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KvkNumber.parse("1234567x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCompanyNeedsAKvkNumberAndAnApplicantPersonADateOfBirthAndAnAddress() {
        assertThatThrownBy(() -> new Landlord(null, Landlord.Kind.NATURAL_PERSON, "J. Jansen", null,
                java.time.LocalDate.of(1980, 1, 1), null, null, null, null, null).requireComplete())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new Landlord(null, Landlord.Kind.COMPANY, "Flex BV", null, null, "Straat 1",
                Postcode.parse("6511AB"), "Nijmegen", null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("KvK");
        assertThatThrownBy(() -> new Landlord(null, Landlord.Kind.NATURAL_PERSON, "J. Jansen", null, null, "Straat 1",
                Postcode.parse("6511AB"), "Nijmegen", null, null).requireComplete())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("date of birth");
    }
}
