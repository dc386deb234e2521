package nl.verhuurtoezicht.property;

/** Housing types as the SNF norm distinguishes them (FACTS.md section 4); same names as the inspection-rules input. */
public enum HousingType {
    LOGIES,
    WONING,
    NIEUWBOUW,
    HOTEL_PENSION
}
