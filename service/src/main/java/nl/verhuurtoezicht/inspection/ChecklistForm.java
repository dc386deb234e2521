package nl.verhuurtoezicht.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.RoomType;
import nl.verhuurtoezicht.rules.SignalCode;
import org.springframework.util.MultiValueMap;

/**
 * Turns the fields of the phone checklist into the inspection-rules facts (JSON contract of {@code FactsJson}).
 * Empty fields mean "not recorded". Field names are flat ({@code room.2.area}) so that the page works without
 * scripts and the draft is a simple map of field to value.
 */
final class ChecklistForm {

    static final int ROOMS = 8;
    static final int SMOKE_DETECTORS = 3;
    static final int MAX_NOTES = 4000;
    /** Signals an inspector can observe; BRP_MISMATCH is derived by the evaluator from the occupant counts. */
    static final Set<SignalCode> OBSERVABLE_SIGNALS = EnumSet.complementOf(EnumSet.of(SignalCode.BRP_MISMATCH));

    /** The outcome: facts JSON when {@code problems} is empty. */
    record Result(String factsJson, String notes, Map<String, String> problems) {
    }

    private final ObjectMapper json;
    private final MultiValueMap<String, String> fields;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private ChecklistForm(ObjectMapper json, MultiValueMap<String, String> fields) {
        this.json = json;
        this.fields = fields;
    }

    static Result read(ObjectMapper json, MultiValueMap<String, String> fields, Address address, LocalDate day) {
        return new ChecklistForm(json, fields).read(address, day);
    }

    private Result read(Address address, LocalDate day) {
        ObjectNode facts = json.createObjectNode();
        facts.put("inspectionDate", day.toString());
        ObjectNode property = facts.putObject("property");
        property.put("bagId", address.bagId().value());
        property.put("address", address.oneLine());
        property.put("housingType", address.housingType().name());
        if (address.usableFloorAreaM2() != null) {
            property.put("usableFloorAreaM2", address.usableFloorAreaM2());
        }
        ObjectNode occupants = facts.putObject("occupants");
        integer(occupants, "present", "occupants.present");
        integer(occupants, "registeredBrp", "occupants.registeredBrp");
        integer(occupants, "maxBedsOnInfoCard", "occupants.maxBedsOnInfoCard");
        ArrayNode rooms = facts.putArray("rooms");
        for (int i = 1; i <= ROOMS; i++) {
            String type = value("room." + i + ".type");
            if (type == null) {
                continue;
            }
            if (!isRoomType(type)) {
                problems.put("room." + i + ".type", "inspection.checklist.error.choice");
                continue;
            }
            ObjectNode room = rooms.addObject();
            room.put("id", "r" + i);
            room.put("type", type);
            integer(room, "floor", "room." + i + ".floor");
            decimal(room, "areaM2", "room." + i + ".area");
            integer(room, "occupants", "room." + i + ".occupants");
        }
        ObjectNode sanitary = facts.putObject("sanitary");
        integer(sanitary, "toilets", "sanitary.toilets");
        integer(sanitary, "showers", "sanitary.showers");
        ObjectNode facilities = facts.putObject("facilities");
        flag(facilities, "washingMachine", "facilities.washingMachine");
        flag(facilities, "dryingOutsideBedroom", "facilities.dryingOutsideBedroom");
        integer(facilities, "wallSockets", "facilities.wallSockets");
        flag(facilities, "allUnderOneRoof", "facilities.allUnderOneRoof");
        ObjectNode fire = facts.putObject("fireSafety");
        ArrayNode detectors = json.createArrayNode();
        for (int i = 1; i <= SMOKE_DETECTORS; i++) {
            if (value("smoke." + i + ".floor") == null) {
                continue;
            }
            ObjectNode detector = detectors.addObject();
            integer(detector, "floor", "smoke." + i + ".floor");
            flag(detector, "present", "smoke." + i + ".present");
            flag(detector, "working", "smoke." + i + ".working");
        }
        if (!detectors.isEmpty()) {
            fire.set("smokeDetectors", detectors);
        }
        date(fire, "extinguisherInspectedOn", "fire.extinguisherInspectedOn");
        ObjectNode furniture = facts.putObject("furniture");
        flag(furniture, "bedsAtLeast80x200", "furniture.beds");
        flag(furniture, "wardrobePerResident", "furniture.wardrobes");
        flag(furniture, "chairPerResident", "furniture.chairs");
        ObjectNode information = facts.putObject("information");
        flag(information, "snfInfoCardPosted", "information.snfInfoCard");
        ObjectNode lease = facts.putObject("lease");
        flag(lease, "written", "lease.written");
        flag(lease, "separateFromEmployment", "lease.separateFromEmployment");
        decimal(lease, "depositEur", "lease.deposit");
        decimal(lease, "monthlyBaseRentEur", "lease.rent");
        flag(lease, "serviceCostsSpecified", "lease.serviceCosts");
        ArrayNode signals = facts.putArray("signals");
        for (String code : fields.getOrDefault("signals", List.of())) {
            if (OBSERVABLE_SIGNALS.stream().noneMatch(s -> s.name().equals(code))) {
                problems.put("signals", "inspection.checklist.error.choice");
            } else {
                signals.add(code);
            }
        }
        String notes = value("notes");
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.put("notes", "inspection.checklist.error.tooLong");
        }
        if (!problems.isEmpty()) {
            return new Result(null, notes, Map.copyOf(problems));
        }
        String factsJson = facts.toString();
        try {
            FactsJson.parse(factsJson);
        } catch (RuntimeException e) {
            return new Result(null, notes, Map.of("checklist", "inspection.checklist.error.facts"));
        }
        return new Result(factsJson, notes, Map.of());
    }

    private String value(String field) {
        String v = fields.getFirst(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private void integer(ObjectNode node, String property, String field) {
        String v = value(field);
        if (v == null) {
            return;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > 10_000) {
                problems.put(field, "inspection.checklist.error.number");
            } else {
                node.put(property, n);
            }
        } catch (NumberFormatException e) {
            problems.put(field, "inspection.checklist.error.number");
        }
    }

    private void decimal(ObjectNode node, String property, String field) {
        String v = value(field);
        if (v == null) {
            return;
        }
        try {
            BigDecimal n = new BigDecimal(v.replace(',', '.'));
            if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                problems.put(field, "inspection.checklist.error.number");
            } else {
                node.put(property, n);
            }
        } catch (NumberFormatException e) {
            problems.put(field, "inspection.checklist.error.number");
        }
    }

    private void flag(ObjectNode node, String property, String field) {
        String v = value(field);
        if (v == null) {
            return;
        }
        switch (v) {
            case "yes" -> node.put(property, true);
            case "no" -> node.put(property, false);
            default -> problems.put(field, "inspection.checklist.error.choice");
        }
    }

    private void date(ObjectNode node, String property, String field) {
        String v = value(field);
        if (v == null) {
            return;
        }
        try {
            node.put(property, LocalDate.parse(v).toString());
        } catch (DateTimeParseException e) {
            problems.put(field, "inspection.checklist.error.date");
        }
    }

    private static boolean isRoomType(String type) {
        for (RoomType t : RoomType.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
