package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CamtStatementTest {

    @Test
    void readsEntriesWithStructuredAndUnstructuredReferences() throws Exception {
        String xml = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>MSG-1</MsgId></GrpHdr>
                <Stmt><Id>S1</Id>
                <Ntry><Amt Ccy="EUR">25750.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-02-03</Dt></BookgDt><AcctSvcrRef>REF-1</AcctSvcrRef>
                  <NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>HH2026000012B</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
                <Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <NtryDtls><TxDtls><Refs><EndToEndId>E2E-9</EndToEndId></Refs><RmtInf><Ustrd>kosten</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """;
        CamtStatement statement = CamtStatement.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(statement.messageId()).isEqualTo("MSG-1");
        assertThat(statement.entries()).hasSize(3);
        CamtStatement.Entry first = statement.entries().get(0);
        assertThat(first.reference()).isEqualTo("REF-1");
        assertThat(first.amount()).isEqualByComparingTo("25750");
        assertThat(first.credit()).isTrue();
        assertThat(first.booked()).isTrue();
        assertThat(first.remittance()).isEqualTo("HH2026000012B");
        assertThat(statement.entries().get(1).credit()).isFalse();
        assertThat(statement.entries().get(1).reference()).isEqualTo("E2E-9");
        assertThat(statement.entries().get(2).booked()).isFalse();
        assertThat(statement.entries().get(2).reference()).isEqualTo("MSG-1/3");
    }

    @Test
    void findsTheReferenceInFreeTextWithSpacesAndDashes() {
        assertThat(PaymentReference.find("Boete hh 2026-000012 b, dank u")).contains("HH2026000012B");
        assertThat(PaymentReference.find("huur november")).isEmpty();
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>
                """;
        assertThatThrownBy(() -> CamtStatement.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CamtStatement.MalformedStatementException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesOtherDocumentsAndBadAmounts() {
        assertThatThrownBy(() -> CamtStatement.parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not a camt.053");
        assertThatThrownBy(() -> CamtStatement.parse("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>
                <Stmt><Ntry><Amt Ccy="EUR">twaalf</Amt></Ntry></Stmt></BkToCstmrStmt></Document>
                """.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("twaalf");
        assertThatThrownBy(() -> CamtStatement.parse("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>
                """.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("MsgId");
    }
}
