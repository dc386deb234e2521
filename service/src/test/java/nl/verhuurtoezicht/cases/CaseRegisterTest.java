package nl.verhuurtoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.KvkNumber;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.engine.ControllableClock;
import nl.verhuurtoezicht.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class CaseRegisterTest {

    @Autowired
    CaseRegister cases;

    @Autowired
    PropertyRegister property;

    @Autowired
    ControllableClock clock;

    @Test
    void caseNumbersRunPerTypeAndYearAndStayUniqueUnderConcurrency() throws Exception {
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> numbers.add(cases.open(CaseType.OBJECTION, null, null, null, "RECEIVED").caseNumber())));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(numbers).hasSize(40).allMatch(n -> n.matches("BZ-" + Year.now(clock).getValue() + "-\\d{6}"));
    }

    @Test
    void aLandlordFindsOnlyTheirOwnCases() {
        Landlord mine = property.saveLandlord(company("Eigen Verhuur BV"));
        Landlord other = property.saveLandlord(company("Andere Verhuur BV"));
        CaseFile myCase = cases.open(CaseType.PERMIT_APPLICATION, mine.id(), null, null, "SUBMITTED");

        assertThat(cases.findForLandlord(myCase.caseNumber(), mine.id())).map(CaseFile::id).contains(myCase.id());
        assertThat(cases.findForLandlord(myCase.caseNumber(), other.id())).isEmpty();
        assertThat(cases.ofLandlord(other.id())).isEmpty();
    }

    @Test
    void closingRecordsTheTimeOnTheMovableClockOnce() {
        CaseFile file = cases.open(CaseType.INSPECTION, null, null, null, "PLANNED");
        clock.advance(Duration.ofDays(3));

        cases.close(file.id(), "DONE");
        cases.close(file.id(), "DONE AGAIN");

        CaseFile closed = cases.find(file.id()).orElseThrow();
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.status()).isEqualTo("DONE");
        assertThat(Duration.between(closed.openedAt(), closed.closedAt())).isGreaterThanOrEqualTo(Duration.ofDays(3));
    }

    @Test
    void anAddressIsKeyedByBagIdAndTwoAddressesMakeLettingBusinessLike() {
        Landlord landlord = property.saveLandlord(company("Twee Panden BV"));
        String bag = randomBagId();
        property.saveAddress(address(bag, landlord.id(), HousingType.WONING));
        assertThat(property.lettingIsBusinessLike(landlord.id())).isFalse();

        Address updated = property.saveAddress(address(bag, landlord.id(), HousingType.LOGIES));
        assertThat(property.addressesOf(landlord.id())).containsExactly(updated);
        assertThat(updated.housingType()).isEqualTo(HousingType.LOGIES);

        property.saveAddress(address(randomBagId(), landlord.id(), HousingType.WONING));
        assertThat(property.lettingIsBusinessLike(landlord.id())).isTrue();
    }

    private static Landlord company(String name) {
        String kvk = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        return new Landlord(null, Landlord.Kind.COMPANY, name, KvkNumber.parse(kvk), null, "Kerkstraat 1",
                Postcode.parse("6511AB"), "Nijmegen", "info@example.nl", null);
    }

    private static Address address(String bag, long landlordId, HousingType type) {
        return new Address(null, BagId.parse(bag), "Voorbeeldstraat", 12, "A", Postcode.parse("6512 CD"), "Nijmegen",
                type, new BigDecimal("120.00"), landlordId);
    }

    private static String randomBagId() {
        return "026801" + String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

}
