package nl.verhuurtoezicht.permit;

import java.util.ArrayList;
import java.util.List;

/** What the landlord fills in on the application form; bound from the request, checked by {@link ApplicationIntake}. */
public class ApplicationForm {

    private String submissionId;
    private String applicantKind = "COMPANY";
    private String applicantName;
    private String kvkNumber;
    private String dateOfBirth;
    private String street;
    private String postcode;
    private String city;
    private String email;
    private String phone;
    private String finesStatement;
    private List<AddressForm> addresses = new ArrayList<>(List.of(new AddressForm(), new AddressForm()));

    /** One verblijfsruimte on the form; a row with an empty BAG id is not part of the application. */
    public static class AddressForm {
        private String bagId;
        private String street;
        private String houseNumber;
        private String houseNumberAddition;
        private String postcode;
        private String city;
        private String housingType = "LOGIES";
        private String roomAreas;
        private String plannedOccupants;
        private String rent;
        private String deposit;

        public boolean isBlank() {
            return bagId == null || bagId.isBlank();
        }

        public String getBagId() { return bagId; }
        public void setBagId(String bagId) { this.bagId = bagId; }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = street; }
        public String getHouseNumber() { return houseNumber; }
        public void setHouseNumber(String houseNumber) { this.houseNumber = houseNumber; }
        public String getHouseNumberAddition() { return houseNumberAddition; }
        public void setHouseNumberAddition(String houseNumberAddition) { this.houseNumberAddition = houseNumberAddition; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String postcode) { this.postcode = postcode; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getHousingType() { return housingType; }
        public void setHousingType(String housingType) { this.housingType = housingType; }
        public String getRoomAreas() { return roomAreas; }
        public void setRoomAreas(String roomAreas) { this.roomAreas = roomAreas; }
        public String getPlannedOccupants() { return plannedOccupants; }
        public void setPlannedOccupants(String plannedOccupants) { this.plannedOccupants = plannedOccupants; }
        public String getRent() { return rent; }
        public void setRent(String rent) { this.rent = rent; }
        public String getDeposit() { return deposit; }
        public void setDeposit(String deposit) { this.deposit = deposit; }
    }

    public String getSubmissionId() { return submissionId; }
    public void setSubmissionId(String submissionId) { this.submissionId = submissionId; }
    public String getApplicantKind() { return applicantKind; }
    public void setApplicantKind(String applicantKind) { this.applicantKind = applicantKind; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getKvkNumber() { return kvkNumber; }
    public void setKvkNumber(String kvkNumber) { this.kvkNumber = kvkNumber; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFinesStatement() { return finesStatement; }
    public void setFinesStatement(String finesStatement) { this.finesStatement = finesStatement; }
    public List<AddressForm> getAddresses() { return addresses; }
    public void setAddresses(List<AddressForm> addresses) { this.addresses = addresses; }
}
