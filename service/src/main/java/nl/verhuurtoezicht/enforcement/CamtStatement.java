package nl.verhuurtoezicht.enforcement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A bank-to-customer statement (ISO 20022 camt.053, any version) as far as fines need it: the message id and each
 * booked entry with amount, direction, booking date, the bank's entry reference and the remittance information.
 */
record CamtStatement(String messageId, List<Entry> entries) {

    /**
     * @param reference  the bank's unique reference of the entry (AcctSvcrRef, else the end-to-end id)
     * @param credit     money received (CRDT) rather than paid out
     * @param booked     status BOOK (not pending)
     * @param remittance structured creditor reference, else the unstructured text
     */
    record Entry(int index, String reference, BigDecimal amount, String currency, boolean credit, boolean booked,
                 LocalDate bookingDate, String remittance) {
    }

    static final class MalformedStatementException extends Exception {
        MalformedStatementException(String message) {
            super(message);
        }
    }

    static CamtStatement parse(byte[] xml) throws MalformedStatementException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Bank files come from outside: no DTDs, no external entities (OWASP XXE prevention).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new MalformedStatementException("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        if (!"Document".equals(root.getLocalName()) || namespace == null
                || !namespace.startsWith("urn:iso:std:iso:20022:tech:xsd:camt.053")) {
            throw new MalformedStatementException("not a camt.053 document (root " + root.getLocalName() + " in "
                    + namespace + ")");
        }
        Element statementMessage = child(root, "BkToCstmrStmt");
        String messageId = text(child(child(statementMessage, "GrpHdr"), "MsgId"));
        if (messageId == null || messageId.isBlank()) {
            throw new MalformedStatementException("the group header has no MsgId");
        }
        List<Entry> entries = new ArrayList<>();
        for (Element statement : children(statementMessage, "Stmt")) {
            for (Element entry : children(statement, "Ntry")) {
                entries.add(entry(entry, entries.size() + 1, messageId));
            }
        }
        return new CamtStatement(messageId.trim(), List.copyOf(entries));
    }

    private static Entry entry(Element entry, int index, String messageId) throws MalformedStatementException {
        Element amount = child(entry, "Amt");
        if (amount == null) {
            throw new MalformedStatementException("entry " + index + " has no amount");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text(amount).trim());
        } catch (NumberFormatException e) {
            throw new MalformedStatementException("entry " + index + " has amount '" + text(amount) + "'");
        }
        String direction = text(child(entry, "CdtDbtInd"));
        Element status = child(entry, "Sts");
        String statusCode = status == null ? null : child(status, "Cd") != null ? text(child(status, "Cd")) : text(status);
        LocalDate bookingDate = null;
        Element booking = child(entry, "BookgDt");
        if (booking != null) {
            String day = text(child(booking, "Dt"));
            if (day == null && child(booking, "DtTm") != null) {
                day = text(child(booking, "DtTm")).substring(0, 10);
            }
            try {
                bookingDate = day == null ? null : LocalDate.parse(day.trim());
            } catch (DateTimeParseException e) {
                throw new MalformedStatementException("entry " + index + " has booking date '" + day + "'");
            }
        }
        Element details = descendant(entry, "TxDtls");
        String reference = text(child(entry, "AcctSvcrRef"));
        if (reference == null && details != null) {
            reference = text(descendant(details, "EndToEndId"));
        }
        if (reference == null || reference.isBlank() || "NOTPROVIDED".equals(reference.trim())) {
            reference = messageId.trim() + "/" + index;
        }
        String remittance = null;
        if (details != null) {
            Element creditorReference = descendant(details, "CdtrRefInf");
            remittance = creditorReference != null ? text(child(creditorReference, "Ref")) : null;
            if (remittance == null) {
                List<String> lines = new ArrayList<>();
                NodeList unstructured = details.getElementsByTagNameNS("*", "Ustrd");
                for (int i = 0; i < unstructured.getLength(); i++) {
                    lines.add(unstructured.item(i).getTextContent());
                }
                remittance = lines.isEmpty() ? null : String.join(" ", lines);
            }
        }
        return new Entry(index, reference.trim(), value, amount.getAttribute("Ccy"), "CRDT".equals(direction),
                statusCode == null || "BOOK".equals(statusCode.trim()), bookingDate, remittance);
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static Element descendant(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }
}
