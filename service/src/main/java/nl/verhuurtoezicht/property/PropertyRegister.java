package nl.verhuurtoezicht.property;

import static nl.verhuurtoezicht.db.Tables.ADDRESS;
import static nl.verhuurtoezicht.db.Tables.LANDLORD;

import java.util.List;
import java.util.Optional;
import nl.verhuurtoezicht.db.tables.records.AddressRecord;
import nl.verhuurtoezicht.db.tables.records.LandlordRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Landlords and their addresses. An address is identified by its BAG id: registering it again updates it. */
@Repository
public class PropertyRegister {

    private final DSLContext dsl;
    private final PropertyPolicy policy;

    PropertyRegister(DSLContext dsl, PropertyPolicy policy) {
        this.dsl = dsl;
        this.policy = policy;
    }

    @Transactional
    public Landlord saveLandlord(Landlord landlord) {
        LandlordRecord record = landlord.id() == null ? dsl.newRecord(LANDLORD)
                : dsl.fetchSingle(LANDLORD, LANDLORD.ID.eq(landlord.id()));
        record.setKind(landlord.kind().name());
        record.setName(landlord.name());
        record.setKvkNumber(landlord.kvkNumber() == null ? null : landlord.kvkNumber().value());
        record.setDateOfBirth(landlord.dateOfBirth());
        record.setStreet(landlord.street());
        record.setPostcode(landlord.postcode() == null ? null : landlord.postcode().value());
        record.setCity(landlord.city());
        record.setEmail(landlord.email());
        record.setPhone(landlord.phone());
        record.store();
        return toLandlord(record);
    }

    public Optional<Landlord> landlord(long id) {
        return dsl.fetchOptional(LANDLORD, LANDLORD.ID.eq(id)).map(PropertyRegister::toLandlord);
    }

    public Optional<Landlord> landlordByKvk(KvkNumber kvk) {
        return dsl.fetchOptional(LANDLORD, LANDLORD.KVK_NUMBER.eq(kvk.value())).map(PropertyRegister::toLandlord);
    }

    /** Registers the address or, when its BAG id is known, updates it (a landlord may take over an address). */
    @Transactional
    public Address saveAddress(Address address) {
        AddressRecord record = dsl.fetchOptional(ADDRESS, ADDRESS.BAG_ID.eq(address.bagId().value()))
                .orElseGet(() -> dsl.newRecord(ADDRESS));
        record.setBagId(address.bagId().value());
        record.setStreet(address.street());
        record.setHouseNumber(address.houseNumber());
        record.setHouseNumberAddition(address.houseNumberAddition());
        record.setPostcode(address.postcode().value());
        record.setCity(address.city());
        record.setHousingType(address.housingType().name());
        record.setUsableFloorAreaM2(address.usableFloorAreaM2());
        record.setLandlordId(address.landlordId());
        record.store();
        return toAddress(record);
    }

    public Optional<Address> address(long id) {
        return dsl.fetchOptional(ADDRESS, ADDRESS.ID.eq(id)).map(PropertyRegister::toAddress);
    }

    public Optional<Address> addressByBagId(BagId bagId) {
        return dsl.fetchOptional(ADDRESS, ADDRESS.BAG_ID.eq(bagId.value())).map(PropertyRegister::toAddress);
    }

    public List<Address> addressesOf(long landlordId) {
        return dsl.selectFrom(ADDRESS).where(ADDRESS.LANDLORD_ID.eq(landlordId)).orderBy(ADDRESS.ID)
                .fetch(PropertyRegister::toAddress);
    }

    /** Whether the landlord lets bedrijfsmatig (business-like) by the local definition; fine policies weigh it. */
    public boolean lettingIsBusinessLike(long landlordId) {
        return dsl.fetchCount(ADDRESS, ADDRESS.LANDLORD_ID.eq(landlordId)) >= policy.businessLikeFromAddresses();
    }

    private static Landlord toLandlord(LandlordRecord r) {
        return new Landlord(r.getId(), Landlord.Kind.valueOf(r.getKind()), r.getName(),
                r.getKvkNumber() == null ? null : new KvkNumber(r.getKvkNumber()), r.getDateOfBirth(),
                r.getStreet(), r.getPostcode() == null ? null : new Postcode(r.getPostcode()), r.getCity(), r.getEmail(), r.getPhone());
    }

    private static Address toAddress(AddressRecord r) {
        return new Address(r.getId(), new BagId(r.getBagId()), r.getStreet(), r.getHouseNumber(),
                r.getHouseNumberAddition(), new Postcode(r.getPostcode()), r.getCity(),
                HousingType.valueOf(r.getHousingType()), r.getUsableFloorAreaM2(), r.getLandlordId());
    }
}
