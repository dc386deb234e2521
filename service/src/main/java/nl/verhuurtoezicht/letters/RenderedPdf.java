package nl.verhuurtoezicht.letters;

/** PDF/A bytes of one letter and how many pages it has. */
record RenderedPdf(byte[] bytes, int pages) {
}
