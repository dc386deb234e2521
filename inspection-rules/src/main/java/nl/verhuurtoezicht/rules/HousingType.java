package nl.verhuurtoezicht.rules;

/** Kind of accommodation as recorded by the inspector; the norm set in force maps it to a housing class. */
public enum HousingType {
    LOGIES, WONING, NIEUWBOUW, HOTEL_PENSION
}
