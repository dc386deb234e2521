package nl.verhuurtoezicht.property;

import java.math.BigDecimal;

/** A BAG verblijfsobject as this system knows it, with the landlord who currently lets it. */
public record Address(Long id, BagId bagId, String street, int houseNumber, String houseNumberAddition,
                      Postcode postcode, String city, HousingType housingType, BigDecimal usableFloorAreaM2,
                      Long landlordId) {

    /** One line as on a letter or a list: {@code Voorbeeldstraat 12 A, 6511 AB Nijmegen}. */
    public String oneLine() {
        String number = houseNumber + (houseNumberAddition == null || houseNumberAddition.isBlank() ? "" : " " + houseNumberAddition);
        return street + " " + number + ", " + postcode.formatted() + " " + city;
    }
}
