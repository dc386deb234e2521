package nl.verhuurtoezicht.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@link InspectionFacts} in the JSON input contract. Reading validates everything
 * and reports the first problem with its JSON path; fields outside the contract are ignored.
 */
public final class FactsJson {

    private FactsJson() {
    }

    /** @throws InvalidInputException naming the JSON path of the first problem */
    public static InspectionFacts parse(String json) {
        return parse(new StringReader(json));
    }

    /** Reads UTF-8 JSON. @throws InvalidInputException naming the JSON path of the first problem */
    public static InspectionFacts parse(InputStream json) {
        return parse(new InputStreamReader(json, StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException naming the JSON path of the first problem */
    public static InspectionFacts parse(Reader json) {
        NodeReader root = NodeReader.root(JsonTrees.read(JsonTrees.JSON, json));
        LocalDate inspectionDate = root.date("inspectionDate", true);
        return new InspectionFacts(
                inspectionDate,
                property(root.object("property", true)),
                occupants(root.object("occupants", false)),
                rooms(root),
                sanitary(root.object("sanitary", false)),
                facilities(root.object("facilities", false)),
                fireSafety(root.object("fireSafety", false), inspectionDate),
                furniture(root.object("furniture", false)),
                information(root.object("information", false)),
                lease(root.object("lease", false)),
                root.texts("signals", false, code -> NodeReader.parseEnum(code, SignalCode.class, "")));
    }

    private static InspectionFacts.Property property(NodeReader p) {
        return new InspectionFacts.Property(
                p.text("bagId", true),
                p.text("address", false),
                p.enumValue("housingType", HousingType.class, true),
                p.date("firstPermitApplied", false),
                p.nonNegativeDecimal("usableFloorAreaM2", false));
    }

    private static InspectionFacts.Occupants occupants(NodeReader o) {
        if (o == null) {
            return null;
        }
        return new InspectionFacts.Occupants(
                o.integer("present", false, 0),
                o.integer("registeredBrp", false, 0),
                o.integer("maxBedsOnInfoCard", false, 0),
                o.bool("writtenConsentTwoPerBedroom", false),
                o.texts("languages", false, NodeReader::lowerCase));
    }

    private static List<InspectionFacts.Room> rooms(NodeReader root) {
        List<NodeReader> items = root.objects("rooms", false);
        if (items == null) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        return items.stream().map(r -> {
            String id = r.text("id", true);
            if (!ids.add(id)) {
                throw new InvalidInputException(r.path("id"), "duplicate room id '" + id + "'");
            }
            return new InspectionFacts.Room(id,
                    r.enumValue("type", RoomType.class, true),
                    r.integer("floor", false, null),
                    r.nonNegativeDecimal("areaM2", false),
                    r.integer("occupants", false, 0));
        }).toList();
    }

    private static InspectionFacts.Sanitary sanitary(NodeReader s) {
        return s == null ? null : new InspectionFacts.Sanitary(s.integer("toilets", false, 0), s.integer("showers", false, 0));
    }

    private static InspectionFacts.Facilities facilities(NodeReader f) {
        return f == null ? null : new InspectionFacts.Facilities(
                f.bool("washingMachine", false),
                f.bool("dryingOutsideBedroom", false),
                f.integer("wallSockets", false, 0),
                f.bool("allUnderOneRoof", false));
    }

    private static InspectionFacts.FireSafety fireSafety(NodeReader f, LocalDate inspectionDate) {
        if (f == null) {
            return null;
        }
        List<NodeReader> detectors = f.objects("smokeDetectors", false);
        LocalDate inspectedOn = f.date("extinguisherInspectedOn", false);
        if (inspectedOn != null && inspectedOn.isAfter(inspectionDate)) {
            throw new InvalidInputException(f.path("extinguisherInspectedOn"),
                    "lies after the inspection date " + inspectionDate + " (was " + inspectedOn + ")");
        }
        return new InspectionFacts.FireSafety(
                detectors == null ? null : detectors.stream().map(d -> new InspectionFacts.SmokeDetector(
                        d.integer("floor", true, null),
                        d.bool("present", false),
                        d.bool("working", false),
                        d.date("expires", false))).toList(),
                inspectedOn);
    }

    private static InspectionFacts.Furniture furniture(NodeReader f) {
        return f == null ? null : new InspectionFacts.Furniture(
                f.bool("bedsAtLeast80x200", false),
                f.bool("wardrobePerResident", false),
                f.bool("chairPerResident", false));
    }

    private static InspectionFacts.Information information(NodeReader i) {
        return i == null ? null : new InspectionFacts.Information(
                i.bool("snfInfoCardPosted", false),
                i.texts("tenantInfoLanguages", false, NodeReader::lowerCase));
    }

    private static InspectionFacts.Lease lease(NodeReader l) {
        return l == null ? null : new InspectionFacts.Lease(
                l.bool("written", false),
                l.bool("separateFromEmployment", false),
                l.date("start", false),
                l.nonNegativeDecimal("depositEur", false),
                l.nonNegativeDecimal("monthlyBaseRentEur", false),
                l.bool("serviceCostsSpecified", false));
    }

    /** The facts in the input contract, leaving out what was not recorded; {@link #parse} reads it back unchanged. */
    public static String write(InspectionFacts facts) {
        ObjectNode root = JsonTrees.JSON.createObjectNode();
        root.put("inspectionDate", facts.inspectionDate().toString());
        InspectionFacts.Property p = facts.property();
        ObjectNode property = root.putObject("property");
        put(property, "bagId", p.bagId());
        put(property, "address", p.address());
        put(property, "housingType", p.housingType().name());
        put(property, "firstPermitApplied", p.firstPermitApplied());
        put(property, "usableFloorAreaM2", p.usableFloorAreaM2());

        InspectionFacts.Occupants o = facts.occupants();
        ObjectNode occupants = JsonTrees.JSON.createObjectNode();
        put(occupants, "present", o.present());
        put(occupants, "registeredBrp", o.registeredBrp());
        put(occupants, "maxBedsOnInfoCard", o.maxBedsOnInfoCard());
        put(occupants, "writtenConsentTwoPerBedroom", o.writtenConsentTwoPerBedroom());
        putTexts(occupants, "languages", o.languages());
        putIfNotEmpty(root, "occupants", occupants);

        if (facts.rooms() != null) {
            ArrayNode rooms = root.putArray("rooms");
            for (InspectionFacts.Room r : facts.rooms()) {
                ObjectNode room = rooms.addObject();
                put(room, "id", r.id());
                put(room, "type", r.type().name());
                put(room, "floor", r.floor());
                put(room, "areaM2", r.areaM2());
                put(room, "occupants", r.occupants());
            }
        }

        ObjectNode sanitary = JsonTrees.JSON.createObjectNode();
        put(sanitary, "toilets", facts.sanitary().toilets());
        put(sanitary, "showers", facts.sanitary().showers());
        putIfNotEmpty(root, "sanitary", sanitary);

        InspectionFacts.Facilities f = facts.facilities();
        ObjectNode facilities = JsonTrees.JSON.createObjectNode();
        put(facilities, "washingMachine", f.washingMachine());
        put(facilities, "dryingOutsideBedroom", f.dryingOutsideBedroom());
        put(facilities, "wallSockets", f.wallSockets());
        put(facilities, "allUnderOneRoof", f.allUnderOneRoof());
        putIfNotEmpty(root, "facilities", facilities);

        ObjectNode fireSafety = JsonTrees.JSON.createObjectNode();
        if (facts.fireSafety().smokeDetectors() != null) {
            ArrayNode detectors = fireSafety.putArray("smokeDetectors");
            for (InspectionFacts.SmokeDetector d : facts.fireSafety().smokeDetectors()) {
                ObjectNode detector = detectors.addObject();
                put(detector, "floor", d.floor());
                put(detector, "present", d.present());
                put(detector, "working", d.working());
                put(detector, "expires", d.expires());
            }
        }
        put(fireSafety, "extinguisherInspectedOn", facts.fireSafety().extinguisherInspectedOn());
        putIfNotEmpty(root, "fireSafety", fireSafety);

        InspectionFacts.Furniture u = facts.furniture();
        ObjectNode furniture = JsonTrees.JSON.createObjectNode();
        put(furniture, "bedsAtLeast80x200", u.bedsAtLeast80x200());
        put(furniture, "wardrobePerResident", u.wardrobePerResident());
        put(furniture, "chairPerResident", u.chairPerResident());
        putIfNotEmpty(root, "furniture", furniture);

        ObjectNode information = JsonTrees.JSON.createObjectNode();
        put(information, "snfInfoCardPosted", facts.information().snfInfoCardPosted());
        putTexts(information, "tenantInfoLanguages", facts.information().tenantInfoLanguages());
        putIfNotEmpty(root, "information", information);

        InspectionFacts.Lease l = facts.lease();
        ObjectNode lease = JsonTrees.JSON.createObjectNode();
        put(lease, "written", l.written());
        put(lease, "separateFromEmployment", l.separateFromEmployment());
        put(lease, "start", l.start());
        put(lease, "depositEur", l.depositEur());
        put(lease, "monthlyBaseRentEur", l.monthlyBaseRentEur());
        put(lease, "serviceCostsSpecified", l.serviceCostsSpecified());
        putIfNotEmpty(root, "lease", lease);

        ArrayNode signals = root.putArray("signals");
        facts.signals().forEach(s -> signals.add(s.name()));
        try {
            return JsonTrees.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value instanceof String s) {
            node.put(field, s);
        } else if (value instanceof Integer i) {
            node.put(field, i);
        } else if (value instanceof BigDecimal d) {
            node.put(field, d);
        } else if (value instanceof Boolean b) {
            node.put(field, b);
        } else if (value instanceof LocalDate date) {
            node.put(field, date.toString());
        }
    }

    private static void putTexts(ObjectNode node, String field, List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void putIfNotEmpty(ObjectNode root, String field, ObjectNode group) {
        if (!group.isEmpty()) {
            root.set(field, group);
        }
    }
}
