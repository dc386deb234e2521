package nl.verhuurtoezicht.inspection;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Component;

/** Registers a landlord with a let address, each with unique identifiers, for one journey. */
@Component
class JourneyFixtures {

    private final PropertyRegister property;

    JourneyFixtures(PropertyRegister property) {
        this.property = property;
    }

    Address letAddress() {
        Landlord landlord = property.saveLandlord(new Landlord(null, Landlord.Kind.NATURAL_PERSON, "J. de Verhuurder",
                null, java.time.LocalDate.of(1970, 1, 1), "Postweg 1", Postcode.parse("6511AB"), "Nijmegen",
                "verhuurder-" + System.nanoTime() + "@test.example", null));
        String bag = "026801" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
        return property.saveAddress(new Address(null, new BagId(bag), "Voorbeeldstraat",
                ThreadLocalRandom.current().nextInt(1, 999), null, Postcode.parse("6511AC"), "Nijmegen", HousingType.WONING,
                new BigDecimal("120.00"), landlord.id()));
    }
}
