package nl.verhuurtoezicht.rules;

public enum RoomType {
    BEDROOM, LIVING, KITCHEN, BATHROOM, TOILET, OTHER
}
