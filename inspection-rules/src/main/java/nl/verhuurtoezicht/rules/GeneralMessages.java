package nl.verhuurtoezicht.rules;

/**
 * Messages shared by all rules: facts missing ({detail} = their JSON paths) and no version of the rule in
 * force on the inspection date ({detail} = that date).
 */
record GeneralMessages(LocalizedText notAssessed, LocalizedText notInForce, String path) {
}
