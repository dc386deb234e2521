package nl.verhuurtoezicht.letters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Realistic letter data for every kind, and the Nijmegen configuration the service ships with. */
final class LetterFixtures {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:15:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final String ADDRESS = "Groenestraat 214, 6531 HZ Nijmegen";
    static final String ORDINANCE = "artikel 2 van de Verhuurverordening Nijmegen 2025";
    static final Addressee OCCUPANTS = Addressee.occupantsOf(List.of("Groenestraat 214", "6531 HZ Nijmegen"));
    static final Addressee REQUESTER = new Addressee("mevrouw E. Bakker", List.of("Groenestraat 216", "6531 HZ Nijmegen"),
            "mevrouw Bakker");
    static final Addressee LANDLORD = new Addressee("Flexhuisvesting Gelderland B.V.",
            List.of("t.a.v. mevrouw J. van den Brink-Ëzerman", "Postbus 1184", "6501 BD Nijmegen"));

    private LetterFixtures() {
    }

    static LetterProperties nijmegen() {
        return nijmegen(null);
    }

    static LetterProperties nijmegen(Path templateDirectory) {
        return new LetterProperties(
                new LetterProperties.Municipality("Gemeente Nijmegen",
                        "het college van burgemeester en wethouders van Nijmegen",
                        List.of("Postbus 9105", "6500 HG Nijmegen"), "14 024", "gemeente@nijmegen.nl",
                        "www.nijmegen.nl", null),
                new LetterProperties.Signatory("namens burgemeester en wethouders van Nijmegen,",
                        "mr. drs. A.M. de Vries", "teamleider Handhaving Wonen"),
                new LetterProperties.Remedies("Postbus 9105, 6500 HG Nijmegen", "rechtbank Gelderland"),
                new LetterProperties.Payment("NL91 ABNA 0417 1643 00", "Gemeente Nijmegen"),
                new LetterProperties.Terms(Period.ofWeeks(6), Period.ofWeeks(6), Period.ofWeeks(6), Period.ofWeeks(2)),
                new LetterProperties.Meldpunt("14 024", "meldpunt.verhuur@nijmegen.nl", "www.nijmegen.nl/goedverhuurderschap"),
                templateDirectory);
    }

    static LetterData data(LetterKind kind) {
        return data(kind, LetterLanguage.NL);
    }

    static LetterData data(LetterKind kind, LetterLanguage language) {
        if (kind == LetterKind.HUURDERSINFORMATIE) {
            return new LetterData(new Addressee("Andrzej Wiśniewski", List.of("Groenestraat 214 kamer 3", "6531 HZ Nijmegen")),
                    "Z-2026-0147", DATE, language, Map.of());
        }
        if (kind == LetterKind.BEHEEROVERNAME_HUURDERS) {
            return new LetterData(OCCUPANTS, "Z-2026-0147", DATE, language, values(kind));
        }
        if (kind == LetterKind.BESLISSING_HANDHAVINGSVERZOEK) {
            return new LetterData(REQUESTER, "Z-2026-0147", DATE, LetterLanguage.NL, values(kind));
        }
        return new LetterData(LANDLORD, "Z-2026-0147", DATE, LetterLanguage.NL, values(kind));
    }

    static Map<String, Object> values(LetterKind kind) {
        Map<String, Object> v = new HashMap<>();
        v.put("adres_verblijfsruimte", ADDRESS);
        switch (kind) {
            case ONTVANGSTBEVESTIGING_AANVRAAG -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 11, 16));
                v.put("grondslag_verordening", ORDINANCE);
                v.put("beslistermijn", Period.ofWeeks(8));
                v.put("uiterlijke_beslisdatum", LocalDate.of(2027, 1, 11));
            }
            case VERZOEK_OM_AANVULLING -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 11, 16));
                v.put("ontbrekende_gegevens", missingDocuments());
                v.put("aanvullingstermijn", Period.ofWeeks(4));
                v.put("uiterste_aanvuldatum", LocalDate.of(2026, 12, 21));
            }
            case BESLUIT_BUITEN_BEHANDELING -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 9, 7));
                v.put("verzoek_datum", LocalDate.of(2026, 9, 21));
                v.put("uiterste_aanvuldatum", LocalDate.of(2026, 10, 19));
                v.put("ontbrekende_gegevens", missingDocuments());
            }
            case VERDAGING_BESLISTERMIJN -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 10, 1));
                v.put("oorspronkelijke_beslisdatum", LocalDate.of(2026, 11, 26));
                v.put("verdaging", Period.ofWeeks(4));
                v.put("nieuwe_beslisdatum", LocalDate.of(2026, 12, 24));
                v.put("reden_verdaging", "Wij hebben het Landelijk Bureau Bibob om advies gevraagd over uw aanvraag. "
                        + "Dat advies hebben wij nog niet ontvangen.");
            }
            case VERGUNNING_VERLEEND -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 10, 1));
                v.put("vergunningnummer", "VV-2026-0031");
                v.put("maximum_bewoners", 12);
                v.put("grondslag_verordening", ORDINANCE);
                v.put("geldig_tot", LocalDate.of(2031, 11, 30));
                v.put("voorschriften", List.of(
                        "Per bewoner is ten minste 12 m² gebruiksoppervlakte beschikbaar (SNF-norm, wonen).",
                        "Er is ten minste één toilet en één douche per acht bewoners.",
                        "U legt een nachtregister aan en houdt dit actueel; op verzoek toont u het aan de toezichthouder.",
                        "U voert het onderhoudsplan van 1 oktober 2026 uit en meldt elk jaar vóór 1 februari de voortgang."));
                v.put("motivering", "Uit uw aanvraag en de inspectie van 3 november 2026 blijkt dat de verblijfsruimte voldoet aan "
                        + "de norm van de Stichting Normering Flexwonen en dat u de regels voor goed verhuurderschap toepast. "
                        + "Er zijn geen weigeringsgronden.");
                v.put("leges", new BigDecimal("389.40"));
            }
            case VERGUNNING_GEWEIGERD -> {
                v.put("aanvraag_datum", LocalDate.of(2026, 10, 1));
                v.put("grondslag_verordening", ORDINANCE);
                v.put("weigeringsgronden", List.of(
                        "De gebruiksoppervlakte per bewoner is 8,4 m²; de norm is ten minste 12 m².",
                        "U heeft in de acht jaar vóór de aanvraag twee bestuurlijke boetes gekregen voor overtreding van de regels voor goed verhuurderschap."));
                v.put("motivering", "Wij hebben uw zienswijze van 12 november 2026 betrokken bij dit besluit. U stelt dat u de "
                        + "bezetting zult verminderen, maar u heeft geen plan of termijn genoemd. Dat is voor ons onvoldoende.");
                v.put("leges", new BigDecimal("194.70"));
            }
            case INSPECTIERAPPORT -> {
                v.put("inspectie_datum", LocalDate.of(2026, 11, 3));
                v.put("inspectie_tijd", "10:40 uur");
                v.put("toezichthouders", "toezichthouders M. Kowalczyk en R. Ţărănescu (Handhaving Wonen)");
                v.put("aantal_bewoners", 14);
                v.put("aanleiding", "melding via het meldpunt goed verhuurderschap van 20 oktober 2026");
                v.put("bevindingen", findings());
                v.put("conclusie", "In de verblijfsruimte wonen meer mensen dan de norm toelaat, er zijn te weinig toiletten en "
                        + "de rookmelders op de eerste verdieping werken niet. Dit zijn overtredingen van de regels voor goed verhuurderschap.");
            }
            case SCHRIFTELIJKE_WAARSCHUWING -> {
                v.put("inspectie_datum", LocalDate.of(2026, 11, 3));
                v.put("rapport_datum", LocalDate.of(2026, 11, 5));
                v.put("overtredingen", List.of(
                        "Er wonen 14 personen; bij 118 m² gebruiksoppervlakte is dat 8,4 m² per persoon (norm: ten minste 12 m²).",
                        "Er is één toilet voor 14 personen (norm: ten minste één per acht personen).",
                        "De rookmelders op de eerste verdieping werken niet."));
                v.put("hersteltermijn", Period.ofWeeks(4));
                v.put("hersteldatum", LocalDate.of(2026, 12, 21));
                v.put("herstelmaatregelen", List.of(
                        "Breng het aantal bewoners terug tot ten hoogste 9.",
                        "Plaats een tweede toilet.",
                        "Vervang de rookmelders op de eerste verdieping door melders volgens NEN 14604."));
            }
            case VOORNEMEN_BESTUURLIJKE_BOETE -> fineFacts(v);
            case BESLUIT_BESTUURLIJKE_BOETE -> {
                fineFacts(v);
                v.remove("voorgenomen_boete");
                v.put("voornemen_datum", LocalDate.of(2026, 10, 26));
                v.put("overtreding_tijd", "10:40 uur");
                v.put("boetebedrag", new BigDecimal("25750.00"));
                v.put("betalingskenmerk", "2026-0147-BB1");
                v.put("zienswijze", "U heeft op 6 november 2026 schriftelijk uw zienswijze gegeven. U schrijft dat de extra bewoners "
                        + "tijdelijk bij u verbleven omdat hun eigen huisvesting onverwacht niet beschikbaar was.");
                v.put("reactie_zienswijze", "Dit leidt niet tot een ander oordeel. De overbewoning duurde volgens de verklaringen van "
                        + "bewoners ten minste zes weken, en u heeft de gemeente daarover niet geïnformeerd.");
                v.put("evenredigheid", "U verhuurt bedrijfsmatig en bent eerder gewaarschuwd op 24 augustus 2026. "
                        + "Wij zien geen reden de boete te matigen.");
            }
            case VOORNEMEN_BEHEEROVERNAME -> takeoverFacts(v);
            case BESLUIT_BEHEEROVERNAME -> {
                takeoverFacts(v);
                v.remove("beoogde_ingangsdatum");
                v.put("voornemen_datum", LocalDate.of(2026, 10, 12));
                v.put("ingangsdatum", LocalDate.of(2027, 1, 4));
                v.put("zienswijze", "U heeft op 22 oktober 2026 mondeling uw zienswijze gegeven. U zegt de misstanden zelf te zullen oplossen.");
                v.put("reactie_zienswijze", "U heeft dat ook na de eerdere boetes toegezegd, zonder resultaat. Wij hebben er daarom geen vertrouwen in.");
                v.put("evenredigheid", "Een nieuwe boete heeft in uw geval geen effect gehad. Alleen door het beheer over te nemen "
                        + "kunnen wij de veiligheid van de 14 bewoners verzekeren. U blijft eigenaar van het pand.");
            }
            case INTREKKING_VERGUNNING -> {
                v.put("vergunningnummer", "VV-2024-0112");
                v.put("vergunning_datum", LocalDate.of(2024, 3, 18));
                v.put("voornemen_datum", LocalDate.of(2026, 10, 12));
                v.put("ingangsdatum", LocalDate.of(2026, 12, 7));
                v.put("grondslag_intrekking", "artikel 9 van de Verhuurverordening Nijmegen 2025");
                v.put("intrekkingsgronden", List.of(
                        "U heeft het voorschrift over het maximum aantal bewoners (ten hoogste 9) herhaaldelijk overtreden.",
                        "U heeft in de afgelopen vier jaar twee bestuurlijke boetes gekregen voor overtreding van de regels voor goed verhuurderschap."));
                v.put("zienswijze", "U heeft geen zienswijze gegeven.");
                v.put("reactie_zienswijze", "Wij hebben daarom beslist op grond van de feiten in de rapporten van bevindingen.");
            }
            case BESLISSING_OP_BEZWAAR -> {
                // The objection decision names the contested decision, not the address.
                v.remove("adres_verblijfsruimte");
                v.put("bezwaar_datum", LocalDate.of(2026, 9, 1));
                v.put("bestreden_besluit_datum", LocalDate.of(2026, 7, 27));
                v.put("bestreden_besluit_kenmerk", "Z-2026-0147-3");
                v.put("bestreden_besluit_onderwerp", "bestuurlijke boete van € 25.750,00");
                v.put("uitkomst", "ongegrond");
                v.put("dictum", "Het besluit van 27 juli 2026 blijft in stand.");
                v.put("horen", "Op 6 oktober 2026 hebben wij u gehoord. U werd bijgestaan door mr. P. Jansen. "
                        + "Het verslag van de hoorzitting heeft u op 13 oktober 2026 ontvangen.");
                v.put("overwegingen", "U voert aan dat de toezichthouders de woning zonder toestemming hebben betreden. "
                        + "Uit het rapport blijkt dat de hoofdbewoner toestemming gaf (artikel 5:15 Algemene wet bestuursrecht). "
                        + "U voert verder aan dat de boete te hoog is. De boete is vastgesteld volgens de beleidsregel en u heeft "
                        + "geen omstandigheden aangevoerd die matiging rechtvaardigen.");
            }
            case AANMANING -> {
                v.put("besluit_datum", LocalDate.of(2026, 9, 28));
                v.put("besluit_kenmerk", "Z-2026-0147-3");
                v.put("boetebedrag", new BigDecimal("25750.00"));
                v.put("betalingskenmerk", "2026-0147-BB1");
                v.put("oorspronkelijke_vervaldatum", LocalDate.of(2026, 11, 9));
                v.put("aanmaningstermijn", Period.ofWeeks(2));
                v.put("uiterste_betaaldatum", LocalDate.of(2026, 12, 7));
            }
            case VOORNEMEN_LAST_ONDER_DWANGSOM -> penaltyFacts(v);
            case BESLUIT_LAST_ONDER_DWANGSOM -> {
                penaltyFacts(v);
                v.put("hersteldatum", LocalDate.of(2026, 12, 21));
                v.put("voornemen_datum", LocalDate.of(2026, 11, 9));
                v.put("zienswijze", "U heeft op 16 november 2026 schriftelijk uw zienswijze gegeven. U schrijft dat u een loodgieter "
                        + "heeft gevraagd het tweede toilet te plaatsen, maar dat die pas in januari kan komen.");
                v.put("reactie_zienswijze", "Wij hebben de begunstigingstermijn daarom niet korter gemaakt dan vier weken. "
                        + "Een langere termijn is niet nodig: er zijn meer installateurs, en de overbewoning kunt u direct beëindigen.");
                v.put("motivering", "De overbewoning en de kapotte rookmelders brengen de veiligheid van de bewoners in gevaar. "
                        + "U heeft de waarschuwing van 24 augustus 2026 niet opgevolgd. Een dwangsom van € 1.000,00 per week "
                        + "is hoog genoeg om u tot herstel te bewegen en staat in verhouding tot de huur die u ontvangt.");
            }
            case INVORDERINGSBESLUIT_DWANGSOM -> {
                v.put("last_datum", LocalDate.of(2026, 9, 14));
                v.put("last_kenmerk", "Z-2026-0147-5");
                v.put("hercontrole_datum", LocalDate.of(2026, 10, 26));
                v.put("overtredingen", List.of(
                        "Er wonen nog steeds 14 personen; de last staat ten hoogste 9 bewoners toe.",
                        "Er is nog steeds één toilet voor 14 personen."));
                v.put("verbeurd_bedrag", new BigDecimal("2000.00"));
                v.put("verbeurd_berekening", "2 weken x € 1.000,00 = € 2.000,00");
                v.put("betalingskenmerk", "2026-0147-DW1");
                v.put("uiterste_betaaldatum", LocalDate.of(2026, 12, 7));
            }
            case VOORNEMEN_INTREKKING_VERGUNNING -> {
                v.put("vergunningnummer", "VV-2024-0112");
                v.put("vergunning_datum", LocalDate.of(2024, 3, 18));
                v.put("grondslag_intrekking", "artikel 9 van de Verhuurverordening Nijmegen 2025");
                v.put("intrekkingsgronden", List.of(
                        "U heeft het voorschrift over het maximum aantal bewoners (ten hoogste 9) herhaaldelijk overtreden.",
                        "U heeft in de afgelopen vier jaar twee bestuurlijke boetes gekregen voor overtreding van de regels voor goed verhuurderschap."));
                v.put("beoogde_ingangsdatum", LocalDate.of(2027, 1, 4));
            }
            case BEHEEROVERNAME_HUURDERS -> {
                v.put("beheerder", "Stichting Goed Beheer Gelderland");
                v.put("beheerder_contact", "024 360 12 34, beheer@goedbeheer-gelderland.nl");
                v.put("ingangsdatum", LocalDate.of(2027, 1, 4));
                v.put("einddatum", LocalDate.of(2029, 1, 3));
            }
            case AANKONDIGING_INSPECTIE -> {
                v.put("inspectie_datum", LocalDate.of(2026, 12, 3));
                v.put("inspectie_tijd", "10:00 uur");
                v.put("toezichthouders", "toezichthouders M. Kowalczyk en R. Ţărănescu (Handhaving Wonen)");
                v.put("aanleiding", "een melding via het meldpunt goed verhuurderschap van 20 oktober 2026 over overbewoning.");
            }
            case BESLISSING_HANDHAVINGSVERZOEK -> {
                v.put("verzoek_datum", LocalDate.of(2026, 10, 20));
                v.put("verzoek_omschrijving", "ervoor te zorgen dat er niet langer 14 mensen in het pand wonen en dat de rookmelders worden vervangen.");
                v.put("beslissing", "Wij wijzen uw verzoek toe. Wij treden op tegen de verhuurder: wij hebben de verhuurder vandaag "
                        + "laten weten dat wij van plan zijn een last onder dwangsom op te leggen.");
                v.put("motivering", "Toezichthouders hebben op 3 november 2026 vastgesteld dat in de verblijfsruimte 14 mensen wonen, "
                        + "terwijl de vergunning er ten hoogste 9 toestaat, en dat de rookmelders op de eerste verdieping niet werken. "
                        + "Wij zijn in beginsel verplicht op te treden tegen overtredingen. Er zijn geen bijzondere omstandigheden "
                        + "om daarvan af te zien.");
            }
            case HUURDERSINFORMATIE -> throw new IllegalArgumentException("handled above");
        }
        return v;
    }

    private static void fineFacts(Map<String, Object> v) {
        v.put("overtreding_datum", LocalDate.of(2026, 10, 2));
        v.put("rapport_datum", LocalDate.of(2026, 10, 5));
        v.put("overtreding", "in de verblijfsruimte woonden 14 arbeidsmigranten, terwijl de vergunning ten hoogste 9 bewoners toestaat. "
                + "Dit is na de waarschuwing van 24 augustus 2026 niet hersteld.");
        v.put("overtreden_voorschrift", "artikel 2 van de Wet goed verhuurderschap in verbinding met voorschrift 1 van vergunning VV-2024-0112");
        v.put("boetegrondslag", "artikel 19 van de Wet goed verhuurderschap");
        v.put("voorgenomen_boete", new BigDecimal("25750"));
        v.put("boeteberekening", "Voor deze overtreding geldt volgens de beleidsregel een boete ter hoogte van de vierde categorie "
                + "van artikel 23 van het Wetboek van Strafrecht: € 25.750,00.");
    }

    private static void penaltyFacts(Map<String, Object> v) {
        v.put("rapport_datum", LocalDate.of(2026, 11, 5));
        v.put("overtredingen", List.of(
                "Er wonen 14 personen; bij 118 m² gebruiksoppervlakte is dat 8,4 m² per persoon (norm: ten minste 12 m²).",
                "Er is één toilet voor 14 personen (norm: ten minste één per acht personen).",
                "De rookmelders op de eerste verdieping werken niet."));
        v.put("herstelmaatregelen", List.of(
                "Breng het aantal bewoners terug tot ten hoogste 9.",
                "Plaats een tweede toilet.",
                "Vervang de rookmelders op de eerste verdieping door melders volgens NEN 14604."));
        v.put("begunstigingstermijn", Period.ofWeeks(4));
        v.put("dwangsom_bedrag", new BigDecimal("1000"));
        v.put("dwangsom_eenheid", "per week dat de overtreding voortduurt");
        v.put("dwangsom_maximum", new BigDecimal("10000"));
        v.put("grondslag_last", "artikel 125 van de Gemeentewet");
    }

    private static void takeoverFacts(Map<String, Object> v) {
        v.put("aanleiding", "Op 2 oktober 2026 hebben toezichthouders opnieuw overbewoning en brandonveilige situaties vastgesteld.");
        v.put("gronden_beheerovername", List.of("u binnen vier jaar twee bestuurlijke boetes kreeg en opnieuw een overtreding "
                        + "is vastgesteld;", "eerdere boete: besluit van 14 maart 2025, kenmerk Z-2025-0033-4: € 25.750,00;",
                "eerdere boete: besluit van 27 juli 2026, kenmerk Z-2026-0147-3: € 25.750,00."));
        v.put("grondslag_beheerovername", "artikel 13 van de Wet goed verhuurderschap");
        v.put("beheerder", "Stichting Goed Beheer Gelderland");
        v.put("beoogde_ingangsdatum", LocalDate.of(2027, 1, 4));
        v.put("beheerduur", "ten hoogste twee jaar");
    }

    private static List<String> missingDocuments() {
        return List.of("een kopie van het model van de huurovereenkomst;",
                "een beschrijving van hoe u de regels voor goed verhuurderschap toepast;",
                "een overzicht van bestuurlijke boetes en sancties die u in de acht jaar vóór de aanvraag zijn opgelegd.");
    }

    static LetterTable findings() {
        return new LetterTable(List.of("Norm", "Gemeten", "Grenswaarde", "Wettelijke grondslag", "Oordeel"),
                List.of(30, 18, 18, 34, 14),
                List.of(
                        List.of("SNF-GBO-W gebruiksoppervlakte per persoon", "8,4 m²", "≥ 12 m²", "Norm SNF 2021, hoofdstuk ruimte en privacy; voorschrift 1 vergunning", "voldoet niet"),
                        List.of("SNF-WC toiletten", "1 per 14 personen", "≥ 1 per 8 personen", "Norm SNF 2021, sanitair", "voldoet niet"),
                        List.of("SNF-SHW douches", "2 per 14 personen", "≥ 1 per 8 personen", "Norm SNF 2021, sanitair", "voldoet"),
                        List.of("SNF-DET rookmelders", "2 van 4 werken niet", "alle werken", "Norm SNF 2021, brandveiligheid; Bouwbesluit 2012 art. 6.21", "voldoet niet"),
                        List.of("WGV-R4 schriftelijke huurovereenkomst", "aanwezig voor 14 bewoners", "aanwezig", "artikel 2 Wgv", "voldoet")));
    }
}
