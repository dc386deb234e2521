package nl.verhuurtoezicht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/** Properties over arbitrary well-formed inspections (anything {@link FactsJson} accepts). */
class EvaluatorPropertiesTest {

    private static final Set<String> SPACE_RULES = Set.of("SNF-GBO", "SNF-BED-OCC", "SNF-BED-M2", "SNF-OCC",
            "SNF-WC", "SNF-SHW", "SNF-ELEC");

    private final Evaluator evaluator = new Evaluator(RuleCatalogue.loadDefault());

    @Property(tries = 1000)
    void evaluationNeverThrowsAndAlwaysGivesOneConsistentFindingPerRule(@ForAll("inspections") InspectionFacts facts) {
        Evaluation evaluation = evaluator.evaluate(facts);

        assertThat(evaluation.findings()).hasSize(18);
        assertThat(evaluation.findings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank().doesNotContain("{");
            assertThat(f.legalBasis()).isNotBlank();
        });
        boolean criticalFail = evaluation.findings().stream()
                .anyMatch(f -> f.status() == Status.FAIL && f.severity() == Severity.CRITICAL);
        boolean anyFail = evaluation.findings().stream().anyMatch(f -> f.status() == Status.FAIL);
        assertThat(evaluation.verdict()).isEqualTo(
                criticalFail ? Verdict.SERIOUS : anyFail ? Verdict.DEFICIENT : Verdict.COMPLIANT);
        Statistics.label("verdict").collect(evaluation.verdict());
    }

    @Property(tries = 500)
    void evaluationNeverThrowsOnExtremeButValidValues(@ForAll("extremeInspections") InspectionFacts facts) {
        Evaluation evaluation = evaluator.evaluate(facts);

        assertThat(evaluation.findings()).hasSize(18);
        assertThat(FactsJson.parse(FactsJson.write(facts))).isEqualTo(facts);
    }

    @Property(tries = 500)
    void factsAndEvaluationsSurviveAJsonRoundTrip(@ForAll("inspections") InspectionFacts facts) {
        assertThat(FactsJson.parse(FactsJson.write(facts))).isEqualTo(facts);
        Evaluation evaluation = evaluator.evaluate(facts);
        assertThat(EvaluationJson.parse(EvaluationJson.write(evaluation))).isEqualTo(evaluation);
    }

    @Property(tries = 1000)
    void addingAnOccupantNeverTurnsAFailIntoAPassForTheSpaceRules(@ForAll("inspections") InspectionFacts facts,
                                                                 @ForAll int bedroomChoice) {
        InspectionFacts more = withOneMoreOccupant(facts, bedroomChoice);
        Evaluation before = evaluator.evaluate(facts);
        Evaluation after = evaluator.evaluate(more);

        for (String ruleId : SPACE_RULES) {
            Status was = before.finding(ruleId).status();
            Status is = after.finding(ruleId).status();
            if (was == Status.FAIL) {
                assertThat(is).as(ruleId).isNotEqualTo(Status.PASS).isEqualTo(Status.FAIL);
            }
            Statistics.label(ruleId).collect(was);
        }
        Statistics.label("SNF-GBO").coverage(c -> c.check(Status.FAIL).percentage(p -> p > 5));
        Statistics.label("SNF-BED-OCC").coverage(c -> c.check(Status.FAIL).percentage(p -> p > 5));
        Statistics.label("SNF-BED-M2").coverage(c -> c.check(Status.FAIL).percentage(p -> p > 5));
    }

    /** One more person present, sleeping in one of the bedrooms whose occupancy was recorded (if any). */
    private static InspectionFacts withOneMoreOccupant(InspectionFacts facts, int bedroomChoice) {
        InspectionFacts.Occupants o = facts.occupants();
        InspectionFacts.Occupants occupants = new InspectionFacts.Occupants(o.present() == null ? null : o.present() + 1,
                o.registeredBrp(), o.maxBedsOnInfoCard(), o.writtenConsentTwoPerBedroom(), o.languages());
        List<InspectionFacts.Room> rooms = facts.rooms();
        if (rooms != null) {
            List<Integer> bedrooms = new ArrayList<>();
            for (int i = 0; i < rooms.size(); i++) {
                if (rooms.get(i).type() == RoomType.BEDROOM && rooms.get(i).occupants() != null) {
                    bedrooms.add(i);
                }
            }
            if (!bedrooms.isEmpty()) {
                int index = bedrooms.get(Math.floorMod(bedroomChoice, bedrooms.size()));
                InspectionFacts.Room r = rooms.get(index);
                rooms = new ArrayList<>(rooms);
                rooms.set(index, new InspectionFacts.Room(r.id(), r.type(), r.floor(), r.areaM2(), r.occupants() + 1));
            }
        }
        return new InspectionFacts(facts.inspectionDate(), facts.property(), occupants, rooms, facts.sanitary(),
                facts.facilities(), facts.fireSafety(), facts.furniture(), facts.information(), facts.lease(),
                facts.signals());
    }

    /** Realistic ranges, so that every status of every rule occurs often. */
    @Provide
    Arbitrary<InspectionFacts> inspections() {
        return inspections(LocalDate.parse("2019-01-01"), LocalDate.parse("2030-12-31"), 40, 400);
    }

    /** Everything FactsJson accepts at the edges: dates 1900-2999, counts up to Integer.MAX_VALUE, huge areas. */
    @Provide
    Arbitrary<InspectionFacts> extremeInspections() {
        return inspections(NodeReader.EARLIEST_DATE, NodeReader.LATEST_DATE, Integer.MAX_VALUE, 1_000_000_000);
    }

    private Arbitrary<InspectionFacts> inspections(LocalDate first, LocalDate last, int maxCount, int maxArea) {
        int maxFacilities = maxCount > 40 ? maxCount : 6;
        int maxSockets = maxCount > 40 ? maxCount : 50;
        return Builders.withBuilder(FactsFixture::compliant)
                .use(days(first, last)).in((f, d) -> {
                    f.inspectionDate = d;
                    return f;
                })
                .use(Arbitraries.of(HousingType.class)).in((f, t) -> {
                    f.housingType = t;
                    return f;
                })
                .use(optional(days(first, last))).in((f, d) -> {
                    f.firstPermitApplied = d;
                    return f;
                })
                .use(optional(area(0, maxArea))).in((f, a) -> {
                    f.usableFloorAreaM2 = a;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxCount))).in((f, n) -> {
                    f.present = n;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxCount))).in((f, n) -> {
                    f.registeredBrp = n;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxCount))).in((f, n) -> {
                    f.maxBedsOnInfoCard = n;
                    return f;
                })
                .use(optional(Arbitraries.of(true, false))).in((f, b) -> {
                    f.writtenConsent = b;
                    return f;
                })
                .use(optional(languages())).in((f, l) -> {
                    f.languages = l;
                    return f;
                })
                .use(optional(rooms(maxCount, maxArea))).in((f, r) -> {
                    f.rooms = r;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxFacilities))).in((f, n) -> {
                    f.toilets = n;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxFacilities))).in((f, n) -> {
                    f.showers = n;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, maxSockets))).in((f, n) -> {
                    f.wallSockets = n;
                    return f;
                })
                .use(flags(9)).in((f, b) -> {
                    f.washingMachine = b.get(0);
                    f.dryingOutsideBedroom = b.get(1);
                    f.allUnderOneRoof = b.get(2);
                    f.beds = b.get(3);
                    f.wardrobes = b.get(4);
                    f.chairs = b.get(5);
                    f.infoCardPosted = b.get(6);
                    f.leaseWritten = b.get(7);
                    f.serviceCostsSpecified = b.get(8);
                    return f;
                })
                .use(optional(detectors(first, last))).in((f, d) -> {
                    f.smokeDetectors = d;
                    return f;
                })
                .use(optional(Arbitraries.integers().between(0, 800))).in((f, daysBefore) -> {
                    f.extinguisherInspectedOn = daysBefore == null ? null
                            : latest(first, f.inspectionDate.minusDays(daysBefore));
                    return f;
                })
                .use(optional(languages())).in((f, l) -> {
                    f.tenantInfoLanguages = l;
                    return f;
                })
                .use(optional(Arbitraries.of(true, false))).in((f, b) -> {
                    f.separateFromEmployment = b;
                    return f;
                })
                .use(optional(days(first.isBefore(LocalDate.parse("2015-01-01")) ? first : LocalDate.parse("2015-01-01"),
                        last))).in((f, d) -> {
                    f.leaseStart = d;
                    return f;
                })
                .use(optional(area(0, Math.max(5000, maxArea)))).in((f, a) -> {
                    f.depositEur = a;
                    return f;
                })
                .use(optional(area(0, Math.max(2000, maxArea)))).in((f, a) -> {
                    f.monthlyBaseRentEur = a;
                    return f;
                })
                .use(Arbitraries.of(SignalCode.class).list().uniqueElements().ofMaxSize(4)).in((f, s) -> {
                    f.signals = s;
                    return f;
                })
                .build(FactsFixture::build);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Arbitrary<List<InspectionFacts.Room>> rooms(int maxCount, int maxArea) {
        boolean extreme = maxCount > 40;
        Arbitrary<InspectionFacts.Room> room = Combinators.combine(
                Arbitraries.of(RoomType.class),
                optional(extreme ? Arbitraries.integers() : Arbitraries.integers().between(-1, 3)),
                optional(area(0, extreme ? maxArea : 40)),
                optional(Arbitraries.integers().between(0, extreme ? maxCount : 5))).as((type, floor, area, occupants) ->
                new InspectionFacts.Room("tmp", type, floor, area, occupants));
        return room.list().ofMaxSize(14).map(list -> {
            List<InspectionFacts.Room> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                InspectionFacts.Room r = list.get(i);
                numbered.add(new InspectionFacts.Room("r" + i, r.type(), r.floor(), r.areaM2(), r.occupants()));
            }
            return numbered;
        });
    }

    private static Arbitrary<List<InspectionFacts.SmokeDetector>> detectors(LocalDate first, LocalDate last) {
        return Combinators.combine(
                Arbitraries.integers().between(-1, 3),
                optional(Arbitraries.of(true, false)),
                optional(Arbitraries.of(true, false)),
                optional(days(first, last.plusYears(5).isAfter(NodeReader.LATEST_DATE) ? last : last.plusYears(5))))
                .as(InspectionFacts.SmokeDetector::new)
                .list().ofMaxSize(6);
    }

    private static Arbitrary<List<String>> languages() {
        return Arbitraries.of("pl", "ro", "bg", "nl", "lt", "en", "uk").list().ofMaxSize(4);
    }

    private static Arbitrary<List<Boolean>> flags(int size) {
        return optional(Arbitraries.of(true, false)).list().ofSize(size);
    }

    private static Arbitrary<BigDecimal> area(int min, int max) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(2);
    }

    private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(0, to.toEpochDay() - from.toEpochDay())
                .withDistribution(RandomDistribution.uniform()).map(from::plusDays);
    }

    /** Sometimes absent (not recorded). */
    private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.1);
    }
}
