import Testing
import Figures

/// Whose dollar, franc, CFA franc, rupee or shilling: written, then the document's evidence, then the options.
@Suite struct CurrencyResolverTests {
    private func currencies(_ text: String, _ language: Language, url: String? = nil, country: String? = nil,
                            currency: String? = nil, options: ExtractionOptions = ExtractionOptions())
        -> [(String, String?, CurrencyBasis?)] {
        let document = Document(id: "t", text: text, language: language, url: url, country: country,
                                currency: currency)
        return extractFigures(from: document, options: options).filter { $0.kind == .money }
            .map { ($0.text, $0.currency, $0.currencyBasis) }
    }

    @Test func francsInASwissTextAreSwissFrancs() {
        let got = currencies("Le Conseil fédéral à Berne prévoit 2,5 milliards de francs pour l'armée.", .french)
        #expect(got.map(\.1) == ["CHF"])
        #expect(got.map(\.2) == [.context])
    }

    @Test func francsWithoutEvidenceTakeTheOptionThenTheDefault() {
        let text = "Le ticket coûtait alors 12 francs."
        #expect(currencies(text, .french).map(\.1) == ["FRF"])
        #expect(currencies(text, .french).map(\.2) == [.default])
        #expect(currencies(text, .french, options: ExtractionOptions(franc: "CHF")).map(\.1) == ["CHF"])
        #expect(currencies(text, .french, options: ExtractionOptions(franc: "CHF")).map(\.2) == [.option])
    }

    @Test func cfaFrancsAreCentralAfricanInCameroonAndWestAfricanInSenegal() {
        #expect(currencies("À Yaoundé, le budget atteint 6 740 milliards FCFA.", .french).map(\.1) == ["XAF"])
        #expect(currencies("À Dakar, le budget atteint 6 740 milliards FCFA.", .french).map(\.1) == ["XOF"])
        #expect(currencies("Le Tchad emprunte 150 milliards de francs CFA.", .french).map(\.1) == ["XAF"])
        #expect(currencies("La BCEAO a injecté 300 milliards F CFA.", .french).map(\.1) == ["XOF"])
    }

    @Test func oneParagraphCanMixBothCFAFrancs() {
        let got = currencies("Le Gabon lève 80 milliards FCFA. Le Sénégal, lui, lève 90 milliards FCFA.", .french)
        #expect(got.map(\.1) == ["XAF", "XOF"])
    }

    @Test func dollarsFollowThePlacesTheTextNames() {
        #expect(currencies("The Reserve Bank of Australia said households in Sydney and Melbourne owe $2.2 trillion.", .english).map(\.1) == ["AUD"])
        // A place named once in passing does not outweigh the US dollar of world news.
        #expect(currencies("The fund, listed in Sydney and Melbourne, raised $45 million.", .english).map(\.1) == ["USD"])
        #expect(currencies("Ottawa will spend $8 billion on housing in Ontario, mostly around Toronto.", .english).map(\.1) == ["CAD"])
        #expect(currencies("Le gouvernement du Québec injecte 3 milliards de dollars à Montréal et en Ontario.", .french).map(\.1) == ["CAD"])
        #expect(currencies("Wellington set aside $1.2 billion for the Auckland and Christchurch rebuild.", .english).map(\.1) == ["NZD"])
    }

    @Test func aCurrencyWrittenInFullElsewhereSettlesTheBareOnes() {
        let got = currencies("The deal is worth C$4 billion. The buyer will add $500 million in debt.", .english)
        #expect(got.map(\.1) == ["CAD", "CAD"])
        #expect(got.map(\.2) == [.written, .context])
    }

    @Test func theOutletsCountryIsEvidence() {
        let text = "The council approved $45 million for roads."
        #expect(currencies(text, .english, url: "https://www.example.co.nz/news/1").map(\.1) == ["NZD"])
        #expect(currencies(text, .english, country: "SG").map(\.1) == ["SGD"])
        #expect(currencies(text, .english, currency: "HKD").map(\.1) == ["HKD"])
        #expect(currencies(text, .english).map(\.2) == [.default])
    }

    @Test func writtenCurrenciesAreNeverOverridden() {
        let got = currencies("À Genève, l'entreprise vaut 3 milliards de dollars américains et 2 milliards d'euros.", .french)
        #expect(got.map(\.1) == ["USD", "EUR"])
        #expect(got.map(\.2) == [.written, .written])
    }

    @Test func aFrenchPrepositionAfterDollarsIsNoQualifier() {
        #expect(currencies("Le groupe a gagné 4 milliards de dollars au trimestre.", .french).map(\.1) == ["USD"])
    }

    @Test func rupeesAndShillingsFollowTheCountry() {
        #expect(currencies("Mumbai's civic body has a budget of Rs 74,000 crore.", .english).map(\.1) == ["INR"])
        #expect(currencies("Karachi traders lost 3 billion rupees.", .english).map(\.1) == ["PKR"])
        #expect(currencies("Nairobi county will raise 2 billion shillings.", .english).map(\.1) == ["KES"])
        #expect(currencies("In Kampala, fees rose to 500,000 shillings.", .english).map(\.1) == ["UGX"])
    }
}
