package nl.verhuurtoezicht.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What the public meldpunt form sends. Everything but the address, a category and the description is optional. */
public record MeldpuntForm(String address, List<String> categories, String description, String contactName,
                           String contactEmail, String contactPhone, Boolean handhavingsverzoek) {

    static final int MAX_ADDRESS = 300;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,40}");

    public MeldpuntForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        handhavingsverzoek = Boolean.TRUE.equals(handhavingsverzoek);
    }

    static MeldpuntForm empty() {
        return new MeldpuntForm("", List.of(), "", "", "", "", false);
    }

    /** Field to message key for every problem, in form order; empty when the form can be accepted. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(address)) {
            problems.put("address", "meldpunt.error.address");
        } else if (address.strip().length() > MAX_ADDRESS) {
            problems.put("address", "meldpunt.error.tooLong");
        }
        if (categories.isEmpty() || !categories.stream().allMatch(MeldpuntForm::isCategory)) {
            problems.put("categories", "meldpunt.error.category");
        }
        if (blank(description)) {
            problems.put("description", "meldpunt.error.description");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            problems.put("description", "meldpunt.error.tooLong");
        }
        if (!blank(contactName) && contactName.strip().length() > MAX_NAME) {
            problems.put("contactName", "meldpunt.error.tooLong");
        }
        if (!blank(contactEmail) && !EMAIL.matcher(contactEmail.strip()).matches()) {
            problems.put("contactEmail", "meldpunt.error.email");
        }
        if (!blank(contactPhone) && !PHONE.matcher(contactPhone.strip()).matches()) {
            problems.put("contactPhone", "meldpunt.error.phone");
        }
        if (handhavingsverzoek && blank(contactName) && blank(contactEmail)) {
            // An aanvraag needs an applicant who can receive the decision (Awb 4:2).
            problems.put("contactEmail", "meldpunt.error.applicant");
        }
        return problems;
    }

    List<Category> categoryValues() {
        List<Category> values = new ArrayList<>();
        categories.forEach(c -> values.add(Category.valueOf(c)));
        return values;
    }

    static String strippedOrNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean isCategory(String value) {
        for (Category c : Category.values()) {
            if (c.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
