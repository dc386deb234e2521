package nl.verhuurtoezicht.identity.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects what every feature holds on one landlord, for an AVG inzage request. */
@Service
public class LandlordDataExport {

    private final List<PersonalDataSource> sources;

    LandlordDataExport(List<PersonalDataSource> sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(long landlordId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("landlordId", landlordId);
        for (PersonalDataSource source : sources) {
            export.put(source.section(), source.aboutLandlord(landlordId));
        }
        return export;
    }
}
