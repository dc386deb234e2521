package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.verhuurtoezicht.property.HousingType;
import org.junit.jupiter.api.Test;

/** The upper bound of the maximum occupants: the applied-for number, lowered to what SNF-GBO allows for the rooms. */
class SnfOccupancyLimitTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    final SnfOccupancyLimit limit = new SnfOccupancyLimit();

    @Test
    void lodgingAllowsOnePersonPerTenSquareMetresRoundedDown() {
        var address = address(HousingType.LOGIES, "12.5;11;10;14", 6);
        assertThat(limit.snfAllows(address, DAY)).contains(4);
        assertThat(limit.upperBound(address, DAY)).isEqualTo(4);
    }

    @Test
    void aDwellingNeedsTwelveSquareMetresPerPerson() {
        var address = address(HousingType.WONING, "12;12;11.9", 3);
        assertThat(limit.snfAllows(address, DAY)).contains(2);
        assertThat(limit.upperBound(address, DAY)).isEqualTo(2);
    }

    @Test
    void aPermitNeverAllowsMoreThanAppliedForEvenWhenTheRoomsWouldAllowMore() {
        var address = address(HousingType.LOGIES, "40;40", 3);
        assertThat(limit.snfAllows(address, DAY)).contains(8);
        assertThat(limit.upperBound(address, DAY)).isEqualTo(3);
    }

    @Test
    void newBuildUnderThe2025NormDependsOnAFirstPermitDateTheApplicationLacks() {
        var address = address(HousingType.NIEUWBOUW, "10;10", 5);
        assertThat(limit.snfAllows(address, DAY)).isEmpty();
        assertThat(limit.upperBound(address, DAY)).isEqualTo(5);
        assertThat(limit.snfAllows(address, LocalDate.of(2024, 6, 1))).as("2021 norm: new-build is a dwelling").contains(1);
    }

    private static Application.ApplicationAddress address(HousingType type, String rooms, int planned) {
        return new Application.ApplicationAddress(1L, "Groenestraat 214, 6531 HZ Nijmegen", type, planned,
                new BigDecimal("400"), new BigDecimal("800"), rooms, null, null, null);
    }
}
